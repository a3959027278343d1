// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace hostreview {

// Who records an action when no name was given: $HOSTREVIEW_AUTHOR, else the account's full name
// (the GECOS field of the password database), else its login name. Empty when none is known.
QString defaultAuthor();

} // namespace hostreview
