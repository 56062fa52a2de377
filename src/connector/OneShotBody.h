#pragma once

#include <QByteArray>
#include <QIODevice>

namespace herald::connector {

// A request body Qt may send only once. When a reused keep-alive connection is cut after a request went
// out, QNetworkAccessManager quietly sends the request again on a new connection (up to twice) and reports
// only the second answer: for a message that Teams had already taken, a duplicate nobody is told about.
// Qt rewinds the body before each resend; this body refuses to rewind once read, so the reply fails with
// QNetworkReply::ContentReSendError instead, and Herald's own retry rules see the cut connection and record
// that the message may have arrived twice (FailureRules' "ambiguous").
class OneShotBody final : public QIODevice
{
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; } // else Qt copies it into a buffer it can rewind
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    // Whether Qt asked to send it again (and was refused).
    bool resendRefused() const { return m_resendRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    const QByteArray m_data;
    bool m_read = false;
    bool m_resendRefused = false;
};

} // namespace herald::connector
