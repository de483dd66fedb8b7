// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb: the composition root of the GUI. The only place that names concrete adapters.
#include "ui/i18n/languageloader.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mlwb"));
    QApplication::setOrganizationName(QStringLiteral("mlwb"));
    QApplication::setApplicationVersion(QStringLiteral(MLWB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mlwb/icons/mlwb.svg")));
    wb::ui::installTranslations(app); // QSettings ui/language, else the system language

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The ML pipeline workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace folder to open."));
    QCommandLineOption openOption(QStringLiteral("open"),
                                  QApplication::translate("main", "Pipeline file to open."),
                                  QApplication::translate("main", "pipeline"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a screenshot after the first paint, then quit."),
                                        QApplication::translate("main", "file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(openOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    // The shipped component library: next to an installed binary (found by MainWindow) or in
    // the source tree of a development build.
    wb::ui::MainWindow::setShippedComponentDirs({QStringLiteral(MLWB_SOURCE_DIR "/resources/components")});
    wb::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().first());
    const QString pipeline = parser.value(openOption);
    if (!pipeline.isEmpty()) {
        // Relative to the workspace when given one, else to the current folder.
        QString path = pipeline;
        if (QFileInfo(path).isRelative() && !window.workspace().isEmpty() && !QFileInfo::exists(path))
            path = QDir(window.workspace()).filePath(pipeline);
        window.openPipeline(path);
    }
    window.show();
    if (parser.isSet(screenshotOption))
        window.scheduleScreenshot(parser.value(screenshotOption));
    else
        QTimer::singleShot(0, &window, [&window] {
            if (!window.pendingRecoveries().isEmpty()) // after a crash
                window.offerRecovery();
        });
    return app.exec();
}
