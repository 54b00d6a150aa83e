#include "ProtocolSamples.h"
#include "QtPrinters.h"

#include <models/ProtocolLog.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <thread>

using namespace hvdesk;
using namespace hvdesk::test;

namespace {

const QDateTime T0(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);

ProtocolExchange small(int i, int bodyBytes = 100)
{
    ProtocolExchange e;
    e.started = T0.addMSecs(i);
    e.endpoint = QStringLiteral("crusader:5986");
    e.operation = QStringLiteral("Get");
    e.resource = QStringLiteral("Msvm_ConcreteJob");
    e.request = QByteArray(bodyBytes / 2, 'q');
    e.response = QByteArray(bodyBytes - bodyBytes / 2, 'r');
    e.httpStatus = 200;
    e.elapsedMs = i;
    e.error = QString::number(i); // tells the rows apart
    return e;
}

// Watches every change: the row count never passes the bound, even between signals.
struct BoundWatch
{
    BoundWatch(ProtocolLogModel &model, int maxRows, qint64 maxBytes)
    {
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&model, this, maxRows, maxBytes] {
            peakRows = qMax(peakRows, model.rowCount());
            peakBytes = qMax(peakBytes, model.heldBytes());
            overRows = overRows || model.rowCount() > maxRows;
            overBytes = overBytes || model.heldBytes() > maxBytes;
        });
        QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model,
            [this](const QModelIndex &, int first, int last) { removals << (last - first + 1); });
    }
    int peakRows = 0;
    qint64 peakBytes = 0;
    bool overRows = false;
    bool overBytes = false;
    QList<int> removals;
};

} // namespace

TEST(ProtocolLogModelTest, OffByDefaultAndRecordsNothing)
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(model.isEnabled());
    model.record(sampleEnumerate(T0));
    EXPECT_EQ(model.rowCount(), 0);
    QSignalSpy enabled(&model, &ProtocolLogModel::enabledChanged);
    model.setEnabled(true);
    model.record(sampleEnumerate(T0));
    EXPECT_EQ(model.rowCount(), 1);
    model.setEnabled(false);
    model.record(samplePull(T0));
    EXPECT_EQ(model.rowCount(), 1); // turning it off keeps what was recorded
    EXPECT_EQ(enabled.count(), 2);
}

TEST(ProtocolLogModelTest, ColumnsShowTheCall)
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEnabled(true);
    const ProtocolExchange e = sampleRequestStateChange(T0);
    model.record(e);
    model.record(sampleRefused(T0.addSecs(1)));
    ASSERT_EQ(model.rowCount(), 2);
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, ProtocolLogModel::TimeColumn), T0.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    EXPECT_EQ(cell(0, ProtocolLogModel::EndpointColumn), QStringLiteral("crusader.example.com:5986"));
    EXPECT_EQ(cell(0, ProtocolLogModel::OperationColumn), QStringLiteral("Invoke RequestStateChange"));
    EXPECT_EQ(cell(0, ProtocolLogModel::ResourceColumn), QStringLiteral("Msvm_ComputerSystem"));
    EXPECT_EQ(cell(0, ProtocolLogModel::StatusColumn), QStringLiteral("200"));
    EXPECT_EQ(cell(0, ProtocolLogModel::DurationColumn), QStringLiteral("112.9"));
    // The headers as kept, that is masked.
    const qint64 bytes = model.exchangeAt(0).requestHeaders.size() + e.request.size() + e.response.size();
    EXPECT_LT(model.exchangeAt(0).requestHeaders.size(), e.requestHeaders.size());
    EXPECT_EQ(cell(0, ProtocolLogModel::SizeColumn), QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1));
    EXPECT_EQ(cell(0, ProtocolLogModel::ErrorColumn), QString());
    EXPECT_EQ(cell(1, ProtocolLogModel::StatusColumn), QStringLiteral("401"));
    EXPECT_EQ(cell(1, ProtocolLogModel::ErrorColumn),
        QStringLiteral("The server refused the user name or password (HTTP 401)."));
    EXPECT_EQ(model.index(0, ProtocolLogModel::SizeColumn).data(ProtocolLogModel::SortRole).toLongLong(), bytes);
    EXPECT_EQ(
        model.headerData(ProtocolLogModel::DurationColumn, Qt::Horizontal).toString(), QStringLiteral("Duration (ms)"));

    // The full exchange, for the dock's request and response panes.
    const auto full = model.index(0, 3).data(ProtocolLogModel::ExchangeRole).value<ProtocolExchange>();
    EXPECT_EQ(full.response, e.response);
    EXPECT_EQ(full.request, e.request);
    EXPECT_EQ(model.exchangeAt(0).response, e.response);
}

TEST(ProtocolLogModelTest, MasksCredentialsAnyCallerForgot)
{
    ProtocolLogModel model;
    model.setEnabled(true);
    ProtocolExchange e = sampleEnumerate(T0);
    e.requestHeaders += "proxy-authorization: Negotiate TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==\r\n"
                        "Cookie: MS-WSMAN=afe2b1c4-session\r\n";
    model.record(e);
    const ProtocolExchange &kept = model.exchangeAt(0);
    EXPECT_TRUE(kept.requestHeaders.contains("Authorization: Basic ***\r\n")) << kept.requestHeaders.toStdString();
    EXPECT_TRUE(kept.requestHeaders.contains("proxy-authorization: Negotiate ***\r\n"));
    EXPECT_TRUE(kept.requestHeaders.contains("Cookie: ***\r\n"));
    EXPECT_FALSE(kept.requestHeaders.contains(SampleBasicCredential));
    EXPECT_FALSE(kept.requestHeaders.contains("TlRMTVNTUAAB"));
    EXPECT_FALSE(kept.requestHeaders.contains("afe2b1c4"));
    // Everything else is as it was.
    EXPECT_TRUE(kept.requestHeaders.startsWith("POST /wsman HTTP/1.1\r\nHost: crusader.example.com:5986\r\n"));
    EXPECT_EQ(kept.request, e.request);

    EXPECT_EQ(ProtocolLogModel::maskCredentials("AUTHORIZATION:Basic abc"), QByteArray("AUTHORIZATION: Basic ***"));
    EXPECT_EQ(ProtocolLogModel::maskCredentials("Authorization: sometoken\n"), QByteArray("Authorization: ***\n"));
    EXPECT_EQ(
        ProtocolLogModel::maskCredentials("X-Authorization-Hint: keep\n"), QByteArray("X-Authorization-Hint: keep\n"));
}

TEST(ProtocolLogModelTest, KeepsTheNewestThousandAndDropsTheOldestInBatches)
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEnabled(true);
    EXPECT_EQ(model.maxExchanges(), 1000);
    BoundWatch watch(model, 1000, ProtocolLogModel::DefaultMaxBytes);
    for (int i = 0; i < 1000; ++i)
        model.record(small(i));
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_TRUE(watch.removals.isEmpty());
    model.record(small(1000));
    // A batch of a hundred made room: the oldest went, the newest is last.
    EXPECT_EQ(model.rowCount(), 901);
    EXPECT_EQ(watch.removals, QList<int> { 100 });
    EXPECT_EQ(model.exchangeAt(0).error, QStringLiteral("100"));
    EXPECT_EQ(model.exchangeAt(900).error, QStringLiteral("1000"));
    for (int i = 1001; i < 1300; ++i)
        model.record(small(i));
    EXPECT_FALSE(watch.overRows);
    EXPECT_EQ(watch.peakRows, 1000);
    EXPECT_EQ(model.exchangeAt(model.rowCount() - 1).error, QStringLiteral("1299"));
    EXPECT_EQ(model.heldBytes(), qint64(model.rowCount()) * 100);
}

TEST(ProtocolLogModelTest, KeepsAtMost32MiBOfXml)
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEnabled(true);
    EXPECT_EQ(model.maxBytes(), qint64(32) * 1024 * 1024);
    BoundWatch watch(model, 1000, ProtocolLogModel::DefaultMaxBytes);
    constexpr int MiB = 1024 * 1024;
    for (int i = 0; i < 45; ++i)
        model.record(small(i, MiB)); // 1 MiB each: the byte bound comes first
    EXPECT_FALSE(watch.overBytes) << watch.peakBytes;
    EXPECT_GT(watch.peakBytes, qint64(31) * MiB);
    EXPECT_LE(model.heldBytes(), qint64(32) * MiB);
    EXPECT_EQ(model.exchangeAt(model.rowCount() - 1).error, QStringLiteral("44"));
    // Dropped in batches (down to nine tenths of the bound), not one row per call.
    ASSERT_FALSE(watch.removals.isEmpty());
    EXPECT_GT(watch.removals.first(), 1);
    EXPECT_LT(watch.removals.size(), 45 - 32);
}

TEST(ProtocolLogModelTest, RecordsFromOtherThreadsOnTheModelsThread)
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEnabled(true);
    bool insertedElsewhere = false;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
        [&] { insertedElsewhere = insertedElsewhere || QThread::currentThread() != model.thread(); });
    constexpr int Threads = 4;
    constexpr int PerThread = 200;
    std::vector<std::thread> workers;
    for (int t = 0; t < Threads; ++t) {
        workers.emplace_back([&model, t] {
            for (int i = 0; i < PerThread; ++i)
                model.record(small(t * PerThread + i));
        });
    }
    for (std::thread &w : workers)
        w.join();
    QElapsedTimer waited;
    waited.start();
    while (model.rowCount() < Threads * PerThread && waited.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(model.rowCount(), Threads * PerThread);
    EXPECT_FALSE(insertedElsewhere);
}

TEST(ProtocolLogModelTest, ClearEmptiesTheLog)
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEnabled(true);
    model.record(sampleEnumerate(T0));
    model.record(samplePull(T0));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.heldBytes(), 0);
    model.record(samplePull(T0));
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(ProtocolLogModelTest, IndentsCompactXmlForReading)
{
    bool wellFormed = false;
    const QString text = ProtocolLogModel::indentXml(sampleEnumerate(T0).response, &wellFormed);
    EXPECT_TRUE(wellFormed);
    // The prefixes as the host wrote them.
    EXPECT_TRUE(text.startsWith(QStringLiteral("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"")))
        << text.left(80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\n  <s:Header>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\n          <p:ElementName>web01</p:ElementName>")))
        << text.toStdString();
    EXPECT_GT(text.count(QLatin1Char('\n')), 20);
    // Nothing lost: the indented text parses to the same elements.
    QXmlStreamReader reader(text);
    int elements = 0;
    while (!reader.atEnd())
        elements += reader.readNext() == QXmlStreamReader::StartElement;
    EXPECT_FALSE(reader.hasError());
    EXPECT_EQ(elements, 26);

    // Not XML (an HTML error page, a cut-off body): shown as it came.
    const QByteArray broken = "<s:Envelope><s:Body>cut off";
    EXPECT_EQ(ProtocolLogModel::indentXml(broken, &wellFormed), QString::fromLatin1(broken));
    EXPECT_FALSE(wellFormed);
}

TEST(ProtocolLogModelTest, SavesTheLogAsXmlAndAsText)
{
    ProtocolLogModel model;
    model.setEnabled(true);
    model.record(sampleEnumerate(T0));
    model.record(sampleRefused(T0.addSecs(2)));
    model.record(sampleRequestStateChange(T0.addSecs(3)));

    const QByteArray xml = model.toXml({ 0, 1, 2 });
    QXmlStreamReader reader(xml);
    int exchanges = 0;
    int envelopes = 0;
    QStringList operations;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("exchange")) {
            ++exchanges;
            operations << reader.attributes().value(QStringLiteral("operation")).toString();
        }
        if (reader.name() == QLatin1String("Envelope")
            && reader.namespaceUri() == QLatin1String("http://www.w3.org/2003/05/soap-envelope"))
            ++envelopes;
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(exchanges, 3);
    EXPECT_EQ(envelopes, 5); // the refused Identify has no response
    EXPECT_EQ(operations,
        (QStringList {
            QStringLiteral("Enumerate"), QStringLiteral("Identify"), QStringLiteral("Invoke RequestStateChange") }));
    EXPECT_FALSE(xml.contains(SampleBasicCredential));

    const QString text = QString::fromUtf8(model.toText({ 2 }));
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("=== 2026-03-14T09:26:56.589Z  crusader.example.com:5986  Invoke RequestStateChange  "
                       "Msvm_ComputerSystem  HTTP 200  112.9 ms")))
        << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Authorization: Basic ***\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("    <p:ReturnValue>4096</p:ReturnValue>"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String(SampleBasicCredential)));
}
