// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "ui/settings/cachepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb::ui {

namespace k = settingkeys;

SettingsDialog::SettingsDialog(const QString &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const WorkbenchSettings current = WorkbenchSettings::load(workspace, &m_workspaceError);
    m_pages = new QTabWidget(this);

    auto *containers = new QWidget(m_pages);
    auto *containersLayout = new QVBoxLayout(containers);
    if (!m_workspaceError.isEmpty()) {
        auto *problem = new QLabel(tr("This workspace's settings file cannot be read, so its overrides are not "
                                      "shown and cannot be changed here: %1").arg(m_workspaceError),
                                   containers);
        problem->setWordWrap(true);
        containersLayout->addWidget(problem);
    }
    auto *form = new QFormLayout;
    containersLayout->addLayout(form);
    containersLayout->addStretch(1);
    QWidget *binaryRow = addRow(form, k::DockerBinary, tr("Docker binary"), lineEdit(QStringLiteral("docker")),
                                tr("The docker CLI or a drop-in such as podman: a name found on PATH or a full "
                                   "path. Empty: docker"));
    auto *browse = new QPushButton(tr("Browse…"), binaryRow);
    static_cast<QHBoxLayout *>(binaryRow->layout())->insertWidget(1, browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Docker Binary"), QStringLiteral("/usr/bin"));
        if (!path.isEmpty())
            setText(QString::fromLatin1(k::DockerBinary), path);
    });
    addRow(form, k::DockerContext, tr("Docker context"), lineEdit(tr("the current one")),
           tr("A context of `docker context ls`, handed to docker as DOCKER_CONTEXT. Empty: the CLI's current one"));
    addRow(form, k::Runtime, tr("Default runtime"),
           combo({{QStringLiteral("auto"), tr("Automatic (Docker if available)")},
                  {QStringLiteral("docker"), tr("Docker")},
                  {QStringLiteral("process"), tr("Process runner (no isolation)")}}),
           tr("What the run dialog offers first, and what re-runs and reproductions use"));
    addRow(form, k::Pull, tr("Image pull policy"),
           combo({{QStringLiteral("never"), tr("Never: only images already on this machine")},
                  {QStringLiteral("missing"), tr("Missing: pull the images this machine lacks")},
                  {QStringLiteral("always"), tr("Always: pull every image before a run")}}),
           tr("When a run fetches the images of its steps from their registry"));
    addRow(form, k::DefaultMemory, tr("Default memory"), lineEdit(WorkbenchSettings::builtInDefault(QString::fromLatin1(k::DefaultMemory))),
           tr("Memory of a step that sets none: 4g, 512Mi, or a share of this machine's memory such as 75%"));
    addRow(form, k::PidsLimit, tr("Process limit"), lineEdit(WorkbenchSettings::builtInDefault(QString::fromLatin1(k::PidsLimit))),
           tr("The most processes a step's container may start (--pids-limit)"));
    m_pages->addTab(containers, tr("Containers"));

    m_cache = new CachePage(workspace, m_pages);
    m_pages->addTab(m_cache, tr("Cache"));

    auto *runs = new QWidget(m_pages);
    auto *runsLayout = new QVBoxLayout(runs);
    auto *runsForm = new QFormLayout;
    runsLayout->addLayout(runsForm);
    runsLayout->addStretch(1);
    addRow(runsForm, k::Experiment, tr("Default experiment"), lineEdit(tr("Default")),
           tr("The experiment new runs are recorded under; the run dialog can change it"));
    m_pages->addTab(runs, tr("Runs"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        Row &row = it.value();
        row.userValue = current.user.value(it.key());
        row.workspaceValue = current.workspace.value(it.key());
        const bool overridden = current.isOverridden(it.key());
        const QString shown = overridden ? row.workspaceValue : row.userValue;
        setText(it.key(), shown.isEmpty() && qobject_cast<QComboBox *>(row.editor)
                              ? WorkbenchSettings::builtInDefault(it.key()) : shown);
        row.override->setChecked(overridden);
        const bool canOverride = !workspace.isEmpty() && m_workspaceError.isEmpty();
        row.override->setEnabled(canOverride);
        if (!canOverride)
            row.override->setToolTip(workspace.isEmpty() ? tr("Open a workspace to set values for it alone")
                                                         : m_workspaceError);
        const QString key = it.key();
        connect(row.override, &QCheckBox::toggled, this, [this, key](bool on) { onOverrideToggled(key, on); });
    }
    validate();
}

QLineEdit *SettingsDialog::lineEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    return edit;
}

QComboBox *SettingsDialog::combo(const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox(this);
    for (const auto &[value, text] : items)
        box->addItem(text, value);
    connect(box, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    return box;
}

QWidget *SettingsDialog::addRow(QFormLayout *form, const char *key, const QString &label, QWidget *editor,
                                const QString &tooltip)
{
    const QString name = QString::fromLatin1(key);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    editor->setObjectName(QStringLiteral("setting_") + name);
    editor->setToolTip(tooltip);
    layout->addWidget(editor, 1);
    auto *override = new QCheckBox(tr("This workspace only"), row);
    override->setObjectName(QStringLiteral("override_") + name);
    override->setToolTip(tr("Keep this value in the workspace (.mlwb/settings.json) instead of your own settings"));
    layout->addWidget(override);
    form->addRow(label, row);
    m_rows.insert(name, Row{editor, override, {}, {}});
    return row;
}

QWidget *SettingsDialog::editor(const QString &key) const
{
    return m_rows.value(key).editor;
}

QCheckBox *SettingsDialog::overrideBox(const QString &key) const
{
    return m_rows.value(key).override;
}

QString SettingsDialog::text(const QString &key) const
{
    QWidget *e = m_rows.value(key).editor;
    if (auto *box = qobject_cast<QComboBox *>(e))
        return box->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(e))
        return edit->text().trimmed();
    return {};
}

void SettingsDialog::setText(const QString &key, const QString &value)
{
    QWidget *e = m_rows.value(key).editor;
    if (auto *box = qobject_cast<QComboBox *>(e)) {
        const int index = box->findData(value);
        box->setCurrentIndex(index >= 0 ? index : box->findData(WorkbenchSettings::builtInDefault(key)));
    } else if (auto *edit = qobject_cast<QLineEdit *>(e)) {
        edit->setText(value);
    }
}

void SettingsDialog::setValue(const QString &key, const QString &value)
{
    setText(key, value);
}

void SettingsDialog::onOverrideToggled(const QString &key, bool on)
{
    Row &row = m_rows[key];
    if (on) {
        // The override starts from what applies now, so checking the box changes nothing yet.
        row.userValue = text(key);
        const QString start = row.workspaceValue.isEmpty() ? row.userValue : row.workspaceValue;
        setText(key, start.isEmpty() ? WorkbenchSettings::builtInDefault(key) : start);
    } else {
        row.workspaceValue = text(key);
        setText(key, row.userValue);
    }
    validate();
}

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings s;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool overridden = it->override->isChecked();
        const QString user = overridden ? it->userValue : text(it.key());
        if (!user.isEmpty())
            s.user.insert(it.key(), user);
        if (overridden)
            s.workspace.insert(it.key(), text(it.key()));
    }
    return s;
}

void SettingsDialog::validate()
{
    if (!m_ok)
        return; // still building the rows
    QStringList problems;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString why = WorkbenchSettings::validate(it.key(), text(it.key()), it->override->isChecked());
        if (!why.isEmpty())
            problems << why;
    }
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty());
}

QString SettingsDialog::validationMessage() const
{
    return m_message->text();
}

void SettingsDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    // A settings file that cannot be read is never overwritten: only the user's values are saved.
    const Result<void> saved = settings().save(m_workspaceError.isEmpty() ? m_workspace : QString());
    if (!saved.ok()) {
        m_message->setText(tr("Cannot save the settings: %1").arg(saved.error().text()));
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace wb::ui
