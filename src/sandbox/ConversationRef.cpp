#include "ConversationRef.h"

#include "SandboxState.h"

namespace herald::sandbox {

ConversationRef ConversationRef::resolve(const SandboxState &state, const QString &conversationId)
{
    ConversationRef ref;
    if (conversationId.startsWith(u"a:")) {
        ref.person = state.org.memberIndexByConversation(conversationId);
        if (ref.person >= 0)
            ref.kind = Kind::Personal;
        return ref;
    }
    if (!conversationId.startsWith(u"19:"))
        return ref;
    const qsizetype chain = conversationId.indexOf(u";messageid=");
    const auto channel = state.org.channel(chain < 0 ? conversationId : conversationId.left(chain));
    if (!channel)
        return ref;
    if (chain >= 0 && !state.recorder.hasConversation(conversationId))
        return ref; // a reply chain nobody started
    ref.kind = chain < 0 ? Kind::Channel : Kind::Chain;
    ref.team = channel->team;
    ref.channel = channel->channel;
    return ref;
}

} // namespace herald::sandbox
