// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/storesession.h"

namespace wb::ui {

Result<StoreSessionPtr> openStoreSession(const QString &path, bool readOnly)
{
    auto store = std::make_unique<store::MetadataStore>();
    WB_TRY(store->open(path, readOnly ? store::MetadataStore::Mode::ReadOnly : store::MetadataStore::Mode::ReadWrite));
    auto session = std::make_shared<StoreSession>(std::move(store));
    session->setOpenInfo(path, readOnly);
    return session;
}

} // namespace wb::ui
