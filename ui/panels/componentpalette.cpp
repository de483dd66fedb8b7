// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/componentpalette.h"

#include "ui/canvas/interactions.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace wb::ui {

static constexpr int PathRole = Qt::UserRole + 1;
static constexpr int SearchRole = Qt::UserRole + 2;

/// Items of the palette model carry their file path; dragging them produces the MIME data the
/// canvas accepts (plus file URLs, so dropping into a file manager copies the file).
class PaletteModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QStringList mimeTypes() const override
    {
        return {QLatin1String(DropComponentInteraction::kComponentMime), QStringLiteral("text/uri-list")};
    }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QStringList paths;
        QList<QUrl> urls;
        for (const QModelIndex &i : indexes) {
            const QString p = i.data(PathRole).toString();
            if (!p.isEmpty() && !paths.contains(p)) {
                paths.append(p);
                urls.append(QUrl::fromLocalFile(p));
            }
        }
        if (paths.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(DropComponentInteraction::kComponentMime), paths.join(QLatin1Char('\n')).toUtf8());
        mime->setUrls(urls);
        return mime;
    }
};

ComponentPalette::ComponentPalette(QWidget *parent)
    : QWidget(parent)
    , m_model(new PaletteModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("componentPalette"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search components…"));
    m_search->setClearButtonEnabled(true);
    auto *reload = new QToolButton(this);
    reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    reload->setToolTip(tr("Rescan the component folders"));
    reload->setAutoRaise(true);
    auto *addFolder = new QToolButton(this);
    addFolder->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    addFolder->setToolTip(tr("Add a component folder…"));
    addFolder->setAutoRaise(true);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(reload);
    top->addWidget(addFolder);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("paletteTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &ComponentPalette::setFilterText);
    connect(reload, &QToolButton::clicked, this, &ComponentPalette::rescan);
    connect(addFolder, &QToolButton::clicked, this, &ComponentPalette::addFolderRequested);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        const QString p = i.data(PathRole).toString();
        if (!p.isEmpty())
            emit componentActivated(p);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        populate(m_watcher.result());
        if (m_rescanPending) {
            m_rescanPending = false;
            rescan();
        }
    });
}

ComponentPalette::~ComponentPalette()
{
    m_watcher.waitForFinished();
}

void ComponentPalette::setRoots(const QStringList &roots)
{
    m_roots = roots;
    rescan();
}

void ComponentPalette::rescan()
{
    if (m_watcher.isRunning()) {
        m_rescanPending = true;
        return;
    }
    m_status->setText(tr("Scanning component folders…"));
    const QStringList roots = m_roots;
    m_watcher.setFuture(QtConcurrent::run([roots] { return manifest::ComponentLibrary::scan(roots); }));
}

/// The palette group of a library entry: its `category` annotation, else its folder. KFP's
/// one-folder-per-component layout (NAME/component.yaml) groups by the folder above instead,
/// up to the library root, named after the project ("examples/components" -> "Examples"), so a
/// workspace does not show one group per component.
static QString categoryOf(const manifest::LibraryEntry &e)
{
    const QFileInfo file(e.relativePath);
    QString folder = file.path() == QLatin1String(".") ? QString() : file.path();
    if (e.category != folder) // from the annotation
        return e.category;
    const QString base = file.fileName().toLower();
    if (!folder.isEmpty() && (base == QLatin1String("component.yaml") || base == QLatin1String("component.yml"))) {
        folder = QFileInfo(folder).path();
        if (folder == QLatin1String("."))
            folder.clear();
        if (folder.isEmpty()) {
            const QDir root(e.root);
            folder = root.dirName().compare(QLatin1String("components"), Qt::CaseInsensitive) == 0
                         ? QFileInfo(root.absolutePath()).dir().dirName()
                         : root.dirName();
        }
    }
    return folder;
}

void ComponentPalette::populate(const manifest::ComponentLibrary &library)
{
    m_model->clear();
    QHash<QString, QStandardItem *> categories;
    int ok = 0, broken = 0;
    for (const manifest::LibraryEntry &e : library.entries()) {
        QString category = categoryOf(e);
        if (category.isEmpty())
            category = tr("General");
        category[0] = category[0].toUpper();
        QStandardItem *cat = categories.value(category);
        if (!cat) {
            cat = new QStandardItem(category);
            cat->setEditable(false);
            cat->setDragEnabled(false);
            cat->setData(category, SearchRole);
            cat->setIcon(style()->standardIcon(QStyle::SP_DirIcon));
            QFont f = cat->font();
            f.setBold(true);
            cat->setFont(f);
            categories.insert(category, cat);
            m_model->appendRow(cat);
        }
        auto *item = new QStandardItem;
        item->setEditable(false);
        if (e.ok()) {
            ++ok;
            const model::ComponentSpec &s = *e.spec;
            item->setText(s.name.isEmpty() ? e.relativePath : s.name);
            item->setData(e.absolutePath, PathRole);
            QStringList ins, outs;
            for (const auto &i : s.inputs)
                ins.append(i.type.name.isEmpty() ? i.name : QStringLiteral("%1: %2").arg(i.name, i.type.name));
            for (const auto &o : s.outputs)
                outs.append(o.type.name.isEmpty() ? o.name : QStringLiteral("%1: %2").arg(o.name, o.type.name));
            item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i><br>%4<br>%5<br><small>%6</small>")
                                 .arg(s.name.toHtmlEscaped(), s.description.left(300).toHtmlEscaped(),
                                      s.container.image.toHtmlEscaped(),
                                      tr("Inputs: %1").arg(ins.join(QStringLiteral(", "))).toHtmlEscaped(),
                                      tr("Outputs: %1").arg(outs.join(QStringLiteral(", "))).toHtmlEscaped(),
                                      QDir::toNativeSeparators(e.absolutePath).toHtmlEscaped()));
            item->setData(QStringList{s.name, s.description, category, e.relativePath}.join(QLatin1Char(' ')),
                          SearchRole);
            item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        } else {
            ++broken;
            item->setText(tr("%1 (cannot load)").arg(e.relativePath));
            item->setToolTip(e.error ? e.error->text() : QString());
            item->setDragEnabled(false);
            item->setData(e.relativePath, SearchRole);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        cat->appendRow(item);
    }
    m_proxy->sort(0);
    m_view->expandAll();
    m_status->setText(broken ? tr("%n components", nullptr, ok) + QStringLiteral(" · ")
                                   + tr("%n could not be loaded", nullptr, broken)
                             : tr("%n components", nullptr, ok));
    emit libraryLoaded(ok);
}

int ComponentPalette::componentCount() const
{
    int n = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < m_model->item(r)->rowCount(); ++c)
            n += m_model->item(r)->child(c)->data(PathRole).isValid();
    return n;
}

QString ComponentPalette::pathOfComponent(const QString &name) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < m_model->item(r)->rowCount(); ++c) {
            QStandardItem *i = m_model->item(r)->child(c);
            if (i->text().compare(name, Qt::CaseInsensitive) == 0 && i->data(PathRole).isValid())
                return i->data(PathRole).toString();
        }
    return {};
}

void ComponentPalette::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

int ComponentPalette::visibleComponentCount() const
{
    int n = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        n += m_proxy->rowCount(m_proxy->index(r, 0));
    return n;
}

} // namespace wb::ui
