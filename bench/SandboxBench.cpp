#include "SandboxBench.h"

#include "sandbox/SandboxThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <cstdio>
#include <functional>
#include <memory>

namespace herald::bench {

namespace {

struct Run
{
    QNetworkAccessManager nam;
    QUrl base;
    QByteArray bearer;
    QString conversationId;
    int total = 0;
    int started = 0;
    int finished = 0;
    int failed = 0;
    QElapsedTimer timer;
};

QNetworkRequest jsonRequest(const Run &run, const QString &path)
{
    QNetworkRequest request(run.base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!run.bearer.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), run.bearer);
    return request;
}

void sendNext(Run &run)
{
    if (run.started >= run.total)
        return;
    const int n = run.started++;
    const QJsonObject activity{{QStringLiteral("type"), QStringLiteral("message")},
                               {QStringLiteral("text"), QStringLiteral("Benchmark message %1").arg(n)}};
    QNetworkReply *reply = run.nam.post(
        jsonRequest(run, QStringLiteral("v3/conversations/%1/activities")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(run.conversationId)))),
        QJsonDocument(activity).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, &run.nam, [&run, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 201)
            ++run.failed;
        if (++run.finished == run.total)
            QCoreApplication::exit(0);
        else
            sendNext(run);
    });
}

} // namespace

int runSandboxBench(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Sends to make."),
                                            QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight."), QStringLiteral("C"),
                                               QStringLiteral("6"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON (always on)."));
    parser.addOptions({requestsOption, concurrencyOption, jsonOption});
    parser.process(args);

    sandbox::SandboxOptions options;
    options.limits = false;
    options.teams = 2;
    options.members = 100;
    sandbox::SandboxThread sandbox(options);
    const auto port = sandbox.start();
    if (!port) {
        std::fprintf(stderr, "herald-bench: %s\n", qPrintable(port.error().message));
        return 1;
    }

    auto run = std::make_unique<Run>();
    run->base = sandbox.baseUrl();
    run->total = qMax(1, parser.value(requestsOption).toInt());
    const int concurrency = qBound(1, parser.value(concurrencyOption).toInt(), 64);

    // 1. a token, 2. one person's 1:1 conversation, 3. the timed sends.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), options.appId);
    form.addQueryItem(QStringLiteral("client_secret"), options.appSecret);
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://api.botframework.com/.default"));
    QNetworkRequest tokenRequest(
        run->base.resolved(QUrl(options.tenantId + QStringLiteral("/oauth2/v2.0/token"))));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *tokenReply = run->nam.post(tokenRequest, form.toString(QUrl::FullyEncoded).toLatin1());
    QObject::connect(tokenReply, &QNetworkReply::finished, &run->nam, [&run = *run, tokenReply, concurrency] {
        tokenReply->deleteLater();
        const QJsonObject token = QJsonDocument::fromJson(tokenReply->readAll()).object();
        run.bearer = "Bearer " + token.value(QStringLiteral("access_token")).toString().toLatin1();
        QNetworkReply *installs = run.nam.get(jsonRequest(run, QStringLiteral("_sandbox/installs.jsonl")));
        QObject::connect(installs, &QNetworkReply::finished, &run.nam, [&run, installs, concurrency] {
            installs->deleteLater();
            const QList<QByteArray> lines = installs->readAll().split('\n');
            for (const QByteArray &line : lines) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                const QJsonObject conversation = event.value(QStringLiteral("conversation")).toObject();
                if (conversation.value(QStringLiteral("conversationType")).toString() ==
                    QStringLiteral("personal")) {
                    run.conversationId = conversation.value(QStringLiteral("id")).toString();
                    break;
                }
            }
            if (run.conversationId.isEmpty()) {
                std::fprintf(stderr, "herald-bench: the sandbox served no personal conversation\n");
                QCoreApplication::exit(1);
                return;
            }
            run.timer.start();
            for (int i = 0; i < concurrency; ++i)
                sendNext(run);
        });
    });
    const int rc = QCoreApplication::exec();
    const double seconds = run->timer.isValid() ? run->timer.nsecsElapsed() / 1e9 : 0.0;
    const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("sandbox")},
                             {QStringLiteral("requests"), run->finished},
                             {QStringLiteral("failed"), run->failed},
                             {QStringLiteral("concurrency"), concurrency},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("requests_per_s"), seconds > 0 ? run->finished / seconds : 0.0}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return rc == 0 && run->failed == 0 ? 0 : 1;
}

} // namespace herald::bench
