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
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstring>

namespace {

struct Options
{
    QCommandLineOption open{QStringLiteral("open"), QCoreApplication::translate("main", "Pipeline file to open."),
                            QCoreApplication::translate("main", "pipeline")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a screenshot after the first paint, then quit."),
                                  QCoreApplication::translate("main", "file")};
    // Where this mlwb finds its shipped parts (the packaging test checks the installed app).
    QCommandLineOption printPaths{QStringLiteral("print-paths"),
                                  QCoreApplication::translate("main", "Print the component, example and plugin folders, then quit.")};
    QCommandLineOption smokeTest{QStringLiteral("smoke-test"),
                                 QCoreApplication::translate("main", "Quit with exit code 0 once the main window has been painted (checks an installation).")};
};

void describe(QCommandLineParser &parser, Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "The ML pipeline workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace folder to open."));
    o.screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    o.printPaths.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({o.open, o.screenshot, o.printPaths, o.smokeTest});
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mlwb"));
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLWB_VERSION));
}

// --help and --version must work without a display (a terminal, ssh, CI): answer them with
// a QCoreApplication before QApplication tries to connect to one.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }
    return false;
}

int textOnly(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    wb::ui::installTranslations(app);
    QCommandLineParser parser;
    Options o;
    describe(parser, o);
    parser.process(app); // prints and exits for --help / --version
    return 0;
}

// Exits 0 once the window is exposed and one paint has gone through the event loop.
void quitAfterFirstPaint(wb::ui::MainWindow &window)
{
    auto *clock = new QElapsedTimer;
    clock->start();
    QTimer::singleShot(60000, &window, [] {
        QTextStream(stderr) << "mlwb: --smoke-test: the main window was not painted within 60 s\n";
        QApplication::exit(1);
    });
    auto poll = new QTimer(&window);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, clock] {
        QWindow *handle = window.windowHandle();
        if (!handle || !handle->isExposed())
            return;
        poll->stop();
        window.repaint(); // synchronous: returns after the paint
        QTextStream(stdout) << "mlwb: main window painted (" << window.width() << "x" << window.height()
                            << ", " << window.windowTitle() << ") after " << clock->elapsed() << " ms\n";
        delete clock;
        QApplication::exit(0);
    });
    poll->start();
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsTextOnly(argc, argv))
        return textOnly(argc, argv);
    QApplication app(argc, argv);
    // resources.qrc lives in the static wb_ui library: without this the linker drops it (no icon).
    Q_INIT_RESOURCE(resources);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mlwb/icons/mlwb.svg")));
    wb::ui::installTranslations(app); // QSettings ui/language, else the system language

    QCommandLineParser parser;
    Options o;
    describe(parser, o);
    parser.process(app);

    // The shipped component library: share/mlwb/components next to an installed binary, the
    // source tree's in a development build. Plugins load once, before the window needs them.
    wb::ui::MainWindow::setShippedComponentDirs({wb::plugin::shippedDataDir(QStringLiteral("components"))});
    wb::plugin::PluginManager *plugins = wb::plugin::appPluginManager();
    if (parser.isSet(o.printPaths)) {
        QTextStream out(stdout);
        out << "components: " << wb::ui::MainWindow::shippedComponentDirs().join(QLatin1Char(':')) << '\n'
            << "examples: " << wb::plugin::shippedDataDir(QStringLiteral("examples")) << '\n'
            << "plugins: " << plugins->searchPaths().join(QLatin1Char(':')) << '\n' << plugins->report() << '\n';
        return 0;
    }
    wb::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().first());
    const QString pipeline = parser.value(o.open);
    if (!pipeline.isEmpty()) {
        // Relative to the workspace when given one, else to the current folder.
        QString path = pipeline;
        if (QFileInfo(path).isRelative() && !window.workspace().isEmpty() && !QFileInfo::exists(path))
            path = QDir(window.workspace()).filePath(pipeline);
        window.openPipeline(path);
    }
    window.show();
    if (parser.isSet(o.smokeTest))
        quitAfterFirstPaint(window);
    else if (parser.isSet(o.screenshot))
        window.scheduleScreenshot(parser.value(o.screenshot));
    else
        QTimer::singleShot(0, &window, [&window] {
            if (!window.pendingRecoveries().isEmpty()) // after a crash
                window.offerRecovery();
        });
    return app.exec();
}
