#pragma once

#include "common/Result.h"
#include "delivery/Audience.h"

namespace herald::store {
class Database;
}

namespace herald::delivery {

// Turns what the person chose into recipients, from the directory (people, memberships, channels).
// A 29: id the directory does not know is still a recipient (a first contact); an email or UPN the
// directory does not know, or an unknown team, is listed in Audience::unresolved.
class AudienceResolver final
{
public:
    explicit AudienceResolver(const store::Database &db);

    Result<Audience> resolve(const AudienceSpec &spec) const;

private:
    const store::Database &m_db;
};

} // namespace herald::delivery
