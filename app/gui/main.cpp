// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb: the composition root of the GUI. The only place that names concrete adapters.
#include "core/plugin/appdirs.h"
#include "core/plugin/apppluginmanager.h"
#include "core/plugin/pluginmanager.h"
#include "ui/i18n/languageloader.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // resources.qrc lives in the static wb_ui library: without this the linker drops it (no icon).
    Q_INIT_RESOURCE(resources);
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
    // Where this mlwb finds its shipped parts (the packaging test checks the installed app).
    QCommandLineOption printPathsOption(QStringLiteral("print-paths"),
                                        QApplication::translate("main", "Print the component, example and plugin folders, then quit."));
    printPathsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(openOption);
    parser.addOption(screenshotOption);
    parser.addOption(printPathsOption);
    parser.process(app);

    // The shipped component library: share/mlwb/components next to an installed binary, the
    // source tree's in a development build. Plugins load once, before the window needs them.
    wb::ui::MainWindow::setShippedComponentDirs({wb::plugin::shippedDataDir(QStringLiteral("components"))});
    wb::plugin::PluginManager *plugins = wb::plugin::appPluginManager();
    if (parser.isSet(printPathsOption)) {
        QTextStream out(stdout);
        out << "components: " << wb::ui::MainWindow::shippedComponentDirs().join(QLatin1Char(':')) << '\n'
            << "examples: " << wb::plugin::shippedDataDir(QStringLiteral("examples")) << '\n'
            << "plugins: " << plugins->searchPaths().join(QLatin1Char(':')) << '\n' << plugins->report() << '\n';
        return 0;
    }
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
