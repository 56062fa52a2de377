#pragma once

#include "auth/Profile.h"
#include "common/Error.h"

#include <QByteArray>

namespace herald::auth {

// Explains an error answer of the token endpoint (Microsoft Entra ID):
// {"error":"invalid_client","error_description":"AADSTS7000215:
// …","error_codes":[7000215],"correlation_id":…}. Each cause gets its own serviceCode and sentence:
// WrongSecret (AADSTS7000215 / invalid_client), ExpiredSecret (AADSTS7000222), UnknownApp (AADSTS700016 /
// unauthorized_client), UnknownTenant (AADSTS90002, AADSTS900023), DisabledApp (AADSTS7000112), InvalidScope
// (AADSTS70011, AADSTS1002012, invalid_scope). Kind Identity for refused credentials; Http (retryable when
// 5xx/429) when the service itself fails.
Error decodeIdentityError(int httpStatus, const QByteArray &body, const Profile &profile);

} // namespace herald::auth
