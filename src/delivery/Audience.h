#pragma once

#include "delivery/DeliveryTypes.h"

#include <QList>
#include <QStringList>

namespace herald::delivery {

// Whom a campaign is for, as the person chose: people (29: ids, emails or UPNs), whole teams (id or
// name; their active members), channels (one new reply chain each).
struct AudienceSpec
{
    QStringList users;
    QStringList teams;
    QStringList channels;

    bool isEmpty() const { return users.isEmpty() && teams.isEmpty() && channels.isEmpty(); }
};

// The resolved audience: one row per recipient (people in several teams once), in the order chosen.
// Those the directory knows to be unreachable are kept with state Unreachable and their reason: they are
// shown and left out (no request is made for them).
struct Audience
{
    QList<CampaignRecipient> recipients;
    QStringList unresolved; // chosen entries that matched nobody (an unknown email, team or channel)

    qint64 toSend() const;        // recipients in state Pending
    qint64 leftOut() const;       // recipients known unreachable
    qint64 firstContacts() const; // people without a cached 1:1 conversation: create, then send
    qint64 channelPosts() const;
};

} // namespace herald::delivery
