#include "ActivityFactory.h"

#include "compose/Draft.h"
#include "compose/MessageBuilder.h"
#include "compose/Recipient.h"

namespace herald::delivery {

ActivityFactory draftActivityFactory(const compose::Draft &draft)
{
    return [draft](const CampaignRecipient &r) -> Result<QJsonObject> {
        compose::Recipient recipient;
        recipient.id = r.targetId;
        recipient.name = r.kind == RecipientKind::User ? r.name : QString();
        recipient.givenName = r.givenName;
        recipient.teamName = r.teamName;
        recipient.channelName = r.channelName;
        return compose::MessageBuilder::activity(draft, recipient);
    };
}

} // namespace herald::delivery
