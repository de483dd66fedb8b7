// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/runquery.h"

#include "core/base/tr.h"

#include <QDateTime>
#include <QRegularExpression>

namespace wb::ui::RunQuery {

using store::RunCondition;

namespace {

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

std::optional<qint64> parseTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = d.startOfDay();
    }
    return dt.toMSecsSinceEpoch();
}

std::optional<store::RunState> parseState(const QString &text)
{
    const QString upper = text.toUpper();
    for (auto s : {store::RunState::New, store::RunState::Running, store::RunState::Complete, store::RunState::Failed,
                   store::RunState::Cached, store::RunState::Canceled, store::RunState::Interrupted}) {
        if (store::runStateName(s) == upper)
            return s;
    }
    if (upper == QLatin1String("SUCCEEDED") || upper == QLatin1String("FINISHED") || upper == QLatin1String("DONE"))
        return store::RunState::Complete;
    if (upper == QLatin1String("CANCELLED") || upper == QLatin1String("KILLED"))
        return store::RunState::Canceled;
    return std::nullopt;
}

RunCondition::Op parseOp(const QString &op)
{
    if (op == QLatin1String("!="))
        return RunCondition::Op::Ne;
    if (op == QLatin1String("<"))
        return RunCondition::Op::Lt;
    if (op == QLatin1String("<="))
        return RunCondition::Op::Le;
    if (op == QLatin1String(">"))
        return RunCondition::Op::Gt;
    if (op == QLatin1String(">="))
        return RunCondition::Op::Ge;
    if (op == QLatin1String("~"))
        return RunCondition::Op::Contains;
    return RunCondition::Op::Eq;
}

} // namespace

Result<store::RunFilter> parse(const QString &text)
{
    static const QRegularExpression condition(
        QStringLiteral("^(param|params|metric|metrics)\\.([^<>=!~]+)(==|!=|<=|>=|=|<|>|~)(.*)$"));
    store::RunFilter filter;
    QStringList words;
    for (const QString &token : tokenize(text)) {
        const QRegularExpressionMatch m = condition.match(token);
        if (m.hasMatch()) {
            if (m.captured(4).isEmpty())
                return makeError(QStringLiteral("query.value"),
                                 Tr::tr("The condition \"%1\" has no value: write e.g. param.lr>0.1").arg(token));
            RunCondition c;
            c.subject = m.captured(1).startsWith(QLatin1String("param")) ? RunCondition::Subject::Param
                                                                         : RunCondition::Subject::Metric;
            c.name = m.captured(2);
            c.op = parseOp(m.captured(3));
            c.value = m.captured(4);
            filter.conditions << c;
            continue;
        }
        const int colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : QString();
        if (key == QLatin1String("state") || key == QLatin1String("status")) {
            const auto state = parseState(value);
            if (!state)
                return makeError(QStringLiteral("query.state"),
                                 Tr::tr("Unknown run state \"%1\": use complete, failed, running, canceled, cached, "
                                        "interrupted or new").arg(value));
            filter.state = state;
        } else if (key == QLatin1String("exp") || key == QLatin1String("experiment")) {
            filter.experiment = value;
        } else if (key == QLatin1String("after") || key == QLatin1String("before")) {
            const auto ms = parseTime(value);
            if (!ms)
                return makeError(QStringLiteral("query.date"),
                                 Tr::tr("Cannot read the date \"%1\": write it as 2026-01-31 or 2026-01-31T12:00").arg(value));
            (key == QLatin1String("after") ? filter.fromMs : filter.toMs) = *ms;
        } else {
            words << token;
        }
    }
    filter.text = words.join(QLatin1Char(' '));
    return filter;
}

} // namespace wb::ui::RunQuery
