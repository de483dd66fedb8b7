// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QWidget>

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

class PipelineScene;
class PipelineView;

/// A past version of a pipeline on a canvas of its own, read-only: it can be looked at,
/// zoomed and panned, never edited (the view passes no input to the scene).
class VersionTab : public QWidget
{
    Q_OBJECT
public:
    /// `bytes` is the pipeline file at `revision`; components resolve against `baseDir`.
    static Result<VersionTab *> create(const QByteArray &bytes, const QString &file, const QString &revision,
                                       const QString &workspace, QWidget *parent = nullptr);
    ~VersionTab() override;

    QString file() const { return m_file; }
    QString revision() const { return m_revision; }
    model::PipelineDocument *document() const { return m_doc; }
    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }

private:
    VersionTab(const QString &file, const QString &revision, QWidget *parent);

    QString m_file;
    QString m_revision;
    model::PipelineDocument *m_doc = nullptr;
    PipelineScene *m_scene = nullptr;
    PipelineView *m_view = nullptr;
};

} // namespace wb::ui
