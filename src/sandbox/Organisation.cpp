#include "Organisation.h"

#include "NameBank.h"
#include "SeededStream.h"

#include <QUuid>

namespace herald::sandbox {

namespace {

// Independent, reproducible streams per (seed, entity, purpose).
enum Salt : quint32 { NameSalt = 1, TraitSalt = 2, MemberIdSalt = 3, ConversationSalt = 4, TeamSalt = 5 };

SeededStream stream(quint32 seed, quint32 entity, quint32 salt)
{
    return SeededStream(seed, entity, salt);
}

QString guid(SeededStream &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(rng.bounded(256u));
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString hexId(SeededStream &rng, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &b : raw)
        b = static_cast<char>(rng.bounded(256u));
    return QString::fromLatin1(raw.toHex());
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int kIdBytes = 22;

quint32 tailMask(const QByteArray &raw)
{
    quint32 mask = 0;
    for (int b = 4; b < 8; ++b)
        mask = (mask << 8) | static_cast<quint8>(raw[b]);
    return mask * 2654435761u;
}

} // namespace

Organisation::Organisation(quint32 seed, int teamCount, int memberCount, QString tenantId)
    : m_seed(seed)
    , m_memberCount(qMax(0, memberCount))
    , m_tenantId(std::move(tenantId))
{
    SeededStream keys = stream(seed, 0, 0);
    m_memberKey = keys.generate();
    m_conversationKey = keys.generate();
    const quint32 teamNameOffset = keys.generate();

    const int teams = qMax(1, teamCount);
    m_teams.reserve(teams);
    for (int t = 0; t < teams; ++t) {
        SeededStream rng = stream(seed, static_cast<quint32>(t), TeamSalt);
        Team team;
        team.id = QStringLiteral("19:%1@thread.tacv2").arg(hexId(rng, 16));
        team.aadGroupId = guid(rng);
        team.name = NameBank::teamName(t, teamNameOffset);
        team.channels.append(Channel{team.id, QString(), true});
        const QStringList names = NameBank::channelNames(1 + static_cast<int>(rng.bounded(7)), rng);
        for (const QString &name : names)
            team.channels.append(
                Channel{QStringLiteral("19:%1@thread.tacv2").arg(hexId(rng, 16)), name, false});
        m_teamById.insert(team.id, t);
        for (int c = 0; c < team.channels.size(); ++c)
            m_channels.insert(team.channels.at(c).id, ChannelRef{t, c});
        m_teams.append(std::move(team));
    }

    for (int i = 0; i < m_memberCount; ++i) {
        const Traits tr = traits(i);
        m_blocked += tr.blocked ? 1 : 0;
        m_withoutApp += tr.hasApp ? 0 : 1;
        for (int t : tr.teams)
            m_teams[t].members.append(i);
    }
}

Organisation::Traits Organisation::traits(int index) const
{
    SeededStream rng = stream(m_seed, static_cast<quint32>(index), TraitSalt);
    Traits tr;
    const quint32 roll = rng.bounded(1000u);
    tr.blocked = roll < 20;              // ~2% blocked the bot
    tr.hasApp = roll < 20 || roll >= 50; // ~3% never installed it
    const int teams = static_cast<int>(m_teams.size());
    const int wanted = qMin(teams, 1 + static_cast<int>(rng.bounded(3)));
    // The first people seed every team so that none is empty.
    tr.teams.append(index < teams ? index : static_cast<int>(rng.bounded(teams)));
    while (tr.teams.size() < wanted) {
        const int t = static_cast<int>(rng.bounded(teams));
        if (!tr.teams.contains(t))
            tr.teams.append(t);
    }
    return tr;
}

QByteArray Organisation::idBytes(int index, quint32 key, quint32 salt) const
{
    SeededStream rng = stream(m_seed, static_cast<quint32>(index), salt);
    QByteArray raw(kIdBytes, Qt::Uninitialized);
    for (int b = 4; b < kIdBytes; ++b)
        raw[b] = static_cast<char>(rng.bounded(256u));
    // The index, masked by the key and by the id's own random tail so that ids do not look sequential.
    const quint32 masked = static_cast<quint32>(index) ^ key ^ tailMask(raw);
    for (int b = 0; b < 4; ++b)
        raw[b] = static_cast<char>((masked >> (24 - 8 * b)) & 0xFF);
    return raw;
}

QString Organisation::memberId(int index) const
{
    return QStringLiteral("29:1") +
           QString::fromLatin1(idBytes(index, m_memberKey, MemberIdSalt).toBase64(kBase64Url));
}

QString Organisation::conversationId(int index) const
{
    return QStringLiteral("a:1") +
           QString::fromLatin1(idBytes(index, m_conversationKey, ConversationSalt).toBase64(kBase64Url));
}

int Organisation::indexFromId(const QString &id, const QString &prefix, quint32 key) const
{
    if (!id.startsWith(prefix) || id.size() > 64)
        return -1;
    const auto decoded = QByteArray::fromBase64Encoding(QStringView(id).mid(prefix.size()).toLatin1(),
                                                        kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kIdBytes)
        return -1;
    const QByteArray &raw = decoded.decoded;
    quint32 masked = 0;
    for (int b = 0; b < 4; ++b)
        masked = (masked << 8) | static_cast<quint8>(raw[b]);
    const quint32 index = masked ^ key ^ tailMask(raw);
    if (index >= static_cast<quint32>(m_memberCount))
        return -1;
    return static_cast<int>(index);
}

int Organisation::memberIndex(const QString &id) const
{
    const int index = indexFromId(id, QStringLiteral("29:1"), m_memberKey);
    return index >= 0 && memberId(index) == id ? index : -1;
}

int Organisation::memberIndexByConversation(const QString &id) const
{
    const int index = indexFromId(id, QStringLiteral("a:1"), m_conversationKey);
    return index >= 0 && conversationId(index) == id ? index : -1;
}

bool Organisation::blockedBot(int index) const
{
    return traits(index).blocked;
}

bool Organisation::hasApp(int index) const
{
    return traits(index).hasApp;
}

Person Organisation::person(int index) const
{
    Person p;
    if (index < 0 || index >= m_memberCount)
        return p;
    const Traits tr = traits(index);
    p.index = index;
    p.id = memberId(index);
    p.conversationId = conversationId(index);
    p.blockedBot = tr.blocked;
    p.hasApp = tr.hasApp;
    p.teams = tr.teams;

    SeededStream rng = stream(m_seed, static_cast<quint32>(index), NameSalt);
    p.aadObjectId = guid(rng);
    const GeneratedName name = NameBank::draw(rng);
    p.givenName = name.givenName;
    p.surname = name.surname;
    p.name = name.displayName;
    const QString given = name.asciiGiven.isEmpty() ? QStringLiteral("user") : name.asciiGiven;
    const QString local = name.asciiSurname.isEmpty() ? given : given + u'.' + name.asciiSurname;
    p.email = local + QString::number(index + 1) + QStringLiteral("@contoso-sandbox.example");
    p.userPrincipalName = p.email;
    return p;
}

std::optional<Organisation::ChannelRef> Organisation::channel(const QString &channelId) const
{
    const auto it = m_channels.constFind(channelId);
    if (it == m_channels.cend())
        return std::nullopt;
    return *it;
}

} // namespace herald::sandbox
