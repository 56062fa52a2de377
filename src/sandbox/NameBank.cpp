#include "NameBank.h"

#include <QStringList>

#include <array>
#include <span>

namespace herald::sandbox {

namespace {

// A name part in its own script and, where the script is not Latin, its usual transliteration.
struct NamePart
{
    const char16_t *native;
    const char16_t *latin; // nullptr: fold the native form
};

struct Culture
{
    std::span<const NamePart> given;
    std::span<const NamePart> surnames;
    bool surnameFirst; // 山田 太郎
    bool noSpace;      // 王伟
};

constexpr std::array<NamePart, 12> kLatinGiven{{
    {u"José", nullptr},
    {u"Siobhán", nullptr},
    {u"Zoë", nullptr},
    {u"François", nullptr},
    {u"Jürgen", nullptr},
    {u"Ana", nullptr},
    {u"Łukasz", nullptr},
    {u"Björn", nullptr},
    {u"Chloé", nullptr},
    {u"Ngozi", nullptr},
    {u"Mei-Ling", nullptr},
    {u"Oğuz", nullptr},
}};
constexpr std::array<NamePart, 14> kLatinSurnames{{
    {u"Müller-Øster", nullptr},
    {u"O'Brien", nullptr},
    {u"García Márquez", nullptr},
    {u"Nguyễn", nullptr},
    {u"Dubois", nullptr},
    {u"Kowalczyk", nullptr},
    {u"Þórsdóttir", nullptr},
    {u"D'Angelo", nullptr},
    {u"Smith", nullptr},
    {u"van der Berg", nullptr},
    {u"Çelik", nullptr},
    {u"Okafor", nullptr},
    {u"Søndergaard", nullptr},
    {u"Fernández", nullptr},
}};
constexpr std::array<NamePart, 10> kEnglishGiven{{
    {u"Olivia", nullptr},
    {u"James", nullptr},
    {u"Amelia", nullptr},
    {u"Noah", nullptr},
    {u"Priya", nullptr},
    {u"Liam", nullptr},
    {u"Grace", nullptr},
    {u"Ethan", nullptr},
    {u"Aoife", nullptr},
    {u"Seán", nullptr},
}};
constexpr std::array<NamePart, 10> kEnglishSurnames{{
    {u"Johnson", nullptr},
    {u"Williams", nullptr},
    {u"O'Connor", nullptr},
    {u"Brown", nullptr},
    {u"McAllister", nullptr},
    {u"Taylor", nullptr},
    {u"Ó Súilleabháin", nullptr},
    {u"Patel", nullptr},
    {u"Davies", nullptr},
    {u"Wright", nullptr},
}};
constexpr std::array<NamePart, 6> kJapaneseGiven{{
    {u"太郎", u"taro"},
    {u"花子", u"hanako"},
    {u"翔", u"sho"},
    {u"美咲", u"misaki"},
    {u"健", u"ken"},
    {u"陽菜", u"hina"},
}};
constexpr std::array<NamePart, 6> kJapaneseSurnames{{
    {u"山田", u"yamada"},
    {u"佐藤", u"sato"},
    {u"鈴木", u"suzuki"},
    {u"高橋", u"takahashi"},
    {u"田中", u"tanaka"},
    {u"渡辺", u"watanabe"},
}};
constexpr std::array<NamePart, 5> kChineseGiven{{
    {u"伟", u"wei"},
    {u"芳", u"fang"},
    {u"秀英", u"xiuying"},
    {u"磊", u"lei"},
    {u"静", u"jing"},
}};
constexpr std::array<NamePart, 5> kChineseSurnames{{
    {u"王", u"wang"},
    {u"李", u"li"},
    {u"张", u"zhang"},
    {u"刘", u"liu"},
    {u"陈", u"chen"},
}};
constexpr std::array<NamePart, 6> kGreekGiven{{
    {u"Αλέξανδρος", u"alexandros"},
    {u"Ελένη", u"eleni"},
    {u"Γιώργος", u"giorgos"},
    {u"Μαρία", u"maria"},
    {u"Δημήτρης", u"dimitris"},
    {u"Σοφία", u"sofia"},
}};
constexpr std::array<NamePart, 5> kGreekSurnames{{
    {u"Παπαδόπουλος", u"papadopoulos"},
    {u"Οικονόμου", u"oikonomou"},
    {u"Γεωργίου", u"georgiou"},
    {u"Νικολάου", u"nikolaou"},
    {u"Βασιλείου", u"vasileiou"},
}};
constexpr std::array<NamePart, 6> kRussianGiven{{
    {u"Мария", u"maria"},
    {u"Дмитрий", u"dmitry"},
    {u"Анна", u"anna"},
    {u"Сергей", u"sergey"},
    {u"Ольга", u"olga"},
    {u"Алексей", u"alexey"},
}};
constexpr std::array<NamePart, 5> kRussianSurnames{{
    {u"Иванова", u"ivanova"},
    {u"Смирнов", u"smirnov"},
    {u"Кузнецова", u"kuznetsova"},
    {u"Попов", u"popov"},
    {u"Соколова", u"sokolova"},
}};
constexpr std::array<NamePart, 6> kArabicGiven{{
    {u"محمد", u"mohammed"},
    {u"فاطمة", u"fatima"},
    {u"أحمد", u"ahmed"},
    {u"ليلى", u"layla"},
    {u"يوسف", u"youssef"},
    {u"نور", u"nour"},
}};
constexpr std::array<NamePart, 5> kArabicSurnames{{
    {u"الهاشمي", u"alhashimi"},
    {u"حداد", u"haddad"},
    {u"العلي", u"alali"},
    {u"منصور", u"mansour"},
    {u"خوري", u"khoury"},
}};
constexpr std::array<NamePart, 6> kHindiGiven{{
    {u"अनन्या", u"ananya"},
    {u"राहुल", u"rahul"},
    {u"प्रिया", u"priya"},
    {u"अर्जुन", u"arjun"},
    {u"दीपिका", u"deepika"},
    {u"विक्रम", u"vikram"},
}};
constexpr std::array<NamePart, 5> kHindiSurnames{{
    {u"शर्मा", u"sharma"},
    {u"वर्मा", u"verma"},
    {u"गुप्ता", u"gupta"},
    {u"सिंह", u"singh"},
    {u"पटेल", u"patel"},
}};
constexpr std::array<NamePart, 5> kKoreanGiven{{
    {u"민준", u"minjun"},
    {u"서연", u"seoyeon"},
    {u"지호", u"jiho"},
    {u"하은", u"haeun"},
    {u"도윤", u"doyun"},
}};
constexpr std::array<NamePart, 4> kKoreanSurnames{{
    {u"김", u"kim"},
    {u"이", u"lee"},
    {u"박", u"park"},
    {u"최", u"choi"},
}};

// Weighted: Latin-script names are the majority, the others appear regularly.
const std::array<Culture, 12> kCultures{{
    {kLatinGiven, kLatinSurnames, false, false},
    {kLatinGiven, kLatinSurnames, false, false},
    {kLatinGiven, kEnglishSurnames, false, false},
    {kEnglishGiven, kEnglishSurnames, false, false},
    {kEnglishGiven, kLatinSurnames, false, false},
    {kJapaneseGiven, kJapaneseSurnames, true, false},
    {kChineseGiven, kChineseSurnames, true, true},
    {kGreekGiven, kGreekSurnames, false, false},
    {kRussianGiven, kRussianSurnames, false, false},
    {kArabicGiven, kArabicSurnames, false, false},
    {kHindiGiven, kHindiSurnames, false, false},
    {kKoreanGiven, kKoreanSurnames, true, true},
}};

constexpr std::array<const char16_t *, 16> kTeamNames{{
    u"Contoso Marketing",
    u"Équipe Produit",
    u"Ventas LATAM",
    u"Finance & Controlling",
    u"Engineering",
    u"Ressources Humaines",
    u"Customer Success",
    u"Vertrieb DACH",
    u"Design Studio",
    u"Operations APAC",
    u"Legal",
    u"Comunicação Interna",
    u"Data Platform",
    u"IT Helpdesk",
    u"開発チーム",
    u"Research & Development",
}};

constexpr std::array<const char16_t *, 16> kChannelNames{{
    u"Announcements",
    u"Projets",
    u"Ventas",
    u"Support",
    u"Événements",
    u"Random",
    u"Design",
    u"Planung",
    u"Onboarding",
    u"Q&A",
    u"Releases",
    u"Équipe de nuit",
    u"Incidents",
    u"お知らせ",
    u"Social",
    u"Roadmap",
}};

QString pick(std::span<const NamePart> parts, SeededStream &rng, QString *ascii)
{
    const NamePart &part = parts[rng.bounded(static_cast<quint32>(parts.size()))];
    const QString native = QString::fromUtf16(part.native);
    *ascii = part.latin ? QString::fromUtf16(part.latin) : NameBank::asciiFold(native);
    return native;
}

} // namespace

GeneratedName NameBank::draw(SeededStream &rng)
{
    const Culture &culture = kCultures[rng.bounded(static_cast<quint32>(kCultures.size()))];
    GeneratedName name;
    name.givenName = pick(culture.given, rng, &name.asciiGiven);
    name.surname = pick(culture.surnames, rng, &name.asciiSurname);
    const QString separator = culture.noSpace ? QString() : QStringLiteral(" ");
    name.displayName = culture.surnameFirst ? name.surname + separator + name.givenName
                                            : name.givenName + separator + name.surname;
    return name;
}

QString NameBank::teamName(int index, quint32 offset)
{
    const quint32 base = static_cast<quint32>(kTeamNames.size());
    const QString name = QString::fromUtf16(kTeamNames[(static_cast<quint32>(index) + offset) % base]);
    // Beyond the list, number the teams so that names stay unique.
    return static_cast<quint32>(index) < base
               ? name
               : name + QStringLiteral(" %1").arg(index / static_cast<int>(base) + 1);
}

QStringList NameBank::channelNames(int count, SeededStream &rng)
{
    QStringList all;
    for (const char16_t *name : kChannelNames)
        all.append(QString::fromUtf16(name));
    QStringList chosen;
    while (chosen.size() < count && !all.isEmpty())
        chosen.append(all.takeAt(rng.bounded(static_cast<int>(all.size()))));
    return chosen;
}

QString NameBank::asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (c.isLetterOrNumber() || c == u'-')
                out.append(c.toLower());
            continue;
        }
        switch (u) {
        case u'ø':
        case u'Ø':
            out.append(u'o');
            break;
        case u'ß':
            out.append(QStringLiteral("ss"));
            break;
        case u'æ':
        case u'Æ':
            out.append(QStringLiteral("ae"));
            break;
        case u'œ':
        case u'Œ':
            out.append(QStringLiteral("oe"));
            break;
        case u'ł':
        case u'Ł':
            out.append(u'l');
            break;
        case u'đ':
        case u'Đ':
            out.append(u'd');
            break;
        case u'þ':
        case u'Þ':
            out.append(QStringLiteral("th"));
            break;
        case u'ð':
        case u'Ð':
            out.append(u'd');
            break;
        case u'ı':
            out.append(u'i');
            break;
        default:
            break; // combining marks and anything without an ASCII form
        }
    }
    return out;
}

} // namespace herald::sandbox
