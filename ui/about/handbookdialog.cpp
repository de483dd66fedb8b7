// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about/handbookdialog.h"

#include "core/base/fileio.h"
#include "core/plugin/appdirs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wb::ui {

HandbookDialog::HandbookDialog(QWidget *parent, const QString &file)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("mlwb Handbook"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);

    const QString path = file.isEmpty() ? plugin::shippedHandbook() : file;
    auto text = path.isEmpty() ? Result<QByteArray>(makeError(QStringLiteral("no-handbook"), QString()))
                               : readFileLimited(path, 4 * 1024 * 1024);
    if (!text.ok()) {
        m_browser->setPlainText(tr("The handbook (README.md) is not installed with this mlwb. "
                                   "It is the README of the source distribution."));
        return;
    }
    // Screenshots are referenced relative to the README.
    m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
    m_browser->setMarkdown(QString::fromUtf8(*text));
}

} // namespace wb::ui
