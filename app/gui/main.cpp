// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb: the composition root of the GUI. The only place that names concrete adapters.
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mlwb"));
    QApplication::setOrganizationName(QStringLiteral("mlwb"));
    QApplication::setApplicationVersion(QStringLiteral(MLWB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mlwb/icons/mlwb.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The ML pipeline workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace folder to open."));
    parser.process(app);

    wb::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().first());
    window.show();
    return app.exec();
}
