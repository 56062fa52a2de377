#include "CliContext.h"

#include <QJsonDocument>

#include <cstdio>

namespace herald::cli {

CliContext::CliContext(DataDirectory dataDir, bool json)
    : m_dataDir(std::move(dataDir))
    , m_json(json)
{
}

void CliContext::print(const QString &line) const
{
    if (m_json)
        return;
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::progress(const QString &line) const
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void CliContext::printJson(const QJsonObject &obj) const
{
    std::fputs(QJsonDocument(obj).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CliContext::fail(const Error &error, int exitCode) const
{
    if (m_json)
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), errorToJson(error)}});
    progress(QStringLiteral("herald-cli: %1").arg(error.toString()));
    return exitCode;
}

int CliContext::usage(const QString &text) const
{
    progress(text);
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
