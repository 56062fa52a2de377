#pragma once

#include "common/Result.h"
#include "delivery/DeliveryTypes.h"

#include <QJsonObject>

#include <functional>

namespace herald::compose {
struct Draft;
}

namespace herald::delivery {

// Builds the activity one recipient receives. Called once per request that carries the message.
using ActivityFactory = std::function<Result<QJsonObject>(const CampaignRecipient &)>;

// The composer's activity for a draft (compose::MessageBuilder), with the recipient's placeholders.
ActivityFactory draftActivityFactory(const compose::Draft &draft);

} // namespace herald::delivery
