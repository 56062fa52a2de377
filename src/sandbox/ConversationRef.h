#pragma once

#include <QString>

namespace herald::sandbox {

struct SandboxState;

// What a conversation id from a connector path points at in the generated organisation.
struct ConversationRef
{
    enum class Kind {
        Unknown,
        Personal, // "a:1…", a person's 1:1 chat with the bot
        Channel,  // "19:…@thread.tacv2", a channel (or a team: its General channel)
        Chain,    // "19:…@thread.tacv2;messageid=NNN", a reply chain the sandbox created
    };

    Kind kind = Kind::Unknown;
    int person = -1;
    int team = -1;
    int channel = -1;

    static ConversationRef resolve(const SandboxState &state, const QString &conversationId);
};

} // namespace herald::sandbox
