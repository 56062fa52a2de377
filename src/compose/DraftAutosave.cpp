#include "DraftAutosave.h"

#include "DraftFile.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>

namespace herald::compose {

DraftAutosave::DraftAutosave(QString path, int delayMs, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)flush(); });
}

DraftAutosave::~DraftAutosave()
{
    (void)flush();
}

QString DraftAutosave::defaultPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("drafts/current.json"));
}

Result<std::optional<Draft>> DraftAutosave::restore() const
{
    if (!QFile::exists(m_path))
        return std::optional<Draft>();
    auto draft = DraftFile::load(m_path);
    if (!draft)
        return draft.error();
    return std::optional<Draft>(std::move(draft).value());
}

void DraftAutosave::schedule(const Draft &draft)
{
    m_pending = draft;
    m_timer.start();
}

Status DraftAutosave::flush()
{
    m_timer.stop();
    if (!m_pending)
        return Status::success();
    const Status s = DraftFile::save(m_path, *m_pending);
    m_pending.reset();
    if (!s) {
        qCWarning(lcCompose) << "autosave failed:" << s.error().message;
        Q_EMIT failed(s.error().message);
        return s;
    }
    Q_EMIT saved();
    return s;
}

} // namespace herald::compose
