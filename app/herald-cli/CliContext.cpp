#include "CliContext.h"

#include <QJsonDocument>

#include <cstdio>

namespace herald::cli {

namespace {

void writeLine(FILE *to, const QByteArray &line)
{
    std::fputs(line.constData(), to);
    std::fputc('\n', to);
    std::fflush(to);
}

void writeJsonError(const Error &error)
{
    writeLine(stdout, QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                {QStringLiteral("error"), errorToJson(error)}})
                          .toJson(QJsonDocument::Compact));
}

} // namespace

CliContext::CliContext(DataDirectory dataDir, bool json)
    : m_dataDir(std::move(dataDir))
    , m_json(json)
{
}

void CliContext::print(const QString &line) const
{
    if (!m_json)
        writeLine(stdout, line.toUtf8());
}

void CliContext::progress(const QString &line) const
{
    writeLine(stderr, line.toUtf8());
}

void CliContext::printJson(const QJsonObject &obj) const
{
    writeLine(stdout, QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

int CliContext::fail(const Error &error, int exitCode) const
{
    return reportFailure(m_json, error, exitCode);
}

int CliContext::usage(const QString &text) const
{
    return reportUsage(m_json, text);
}

int reportFailure(bool json, const Error &error, int exitCode)
{
    if (json)
        writeJsonError(error);
    writeLine(stderr, QStringLiteral("herald-cli: %1").arg(error.toString()).toUtf8());
    return exitCode;
}

int reportUsage(bool json, const QString &text)
{
    if (json) {
        Error error = Error::make(Error::Kind::Input, text);
        error.serviceCode = QStringLiteral("usage");
        writeJsonError(error);
    }
    writeLine(stderr, text.toUtf8());
    return 2;
}

QJsonObject errorToJson(const Error &error)
{
    QJsonObject obj{{QStringLiteral("kind"), Error::kindName(error.kind)},
                    {QStringLiteral("message"), error.message}};
    if (error.httpStatus)
        obj.insert(QStringLiteral("status"), error.httpStatus);
    if (!error.serviceCode.isEmpty())
        obj.insert(QStringLiteral("code"), error.serviceCode);
    if (!error.detail.isEmpty())
        obj.insert(QStringLiteral("detail"), error.detail);
    if (!error.correlationId.isEmpty())
        obj.insert(QStringLiteral("correlationId"), error.correlationId);
    return obj;
}

} // namespace herald::cli
