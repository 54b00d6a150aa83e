// What the protocol log costs a remote connection: record() while logging is off (every call
// pays it), record() at the 1,000-exchange bound, alone and with the dock open and repainted,
// indenting an envelope, and showing a selected call (indenting and highlighting its envelopes).
#include "../common/ProtocolSamples.h"

#include <views/ProtocolLogDock.h>

#include <models/ProtocolLog.h>

#include <QApplication>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace hvdesk;

namespace {

const QDateTime T0(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);

void BM_RecordWhileOff(benchmark::State &state)
{
    ProtocolLogModel log;
    const ProtocolExchange pull = test::samplePull(T0);
    for (auto _ : state)
        log.record(pull);
    if (log.rowCount() != 0)
        state.SkipWithError("recorded while off");
}
BENCHMARK(BM_RecordWhileOff)->Unit(benchmark::kNanosecond);

void BM_RecordAtBound(benchmark::State &state)
{
    ProtocolLogModel log;
    log.setEnabled(true);
    const ProtocolExchange pull = test::samplePull(T0);
    for (int i = 0; i < ProtocolLogModel::DefaultMaxExchanges; ++i)
        log.record(pull);
    for (auto _ : state)
        log.record(pull); // masking, copy, and every hundredth call a batch of 100 dropped
}
BENCHMARK(BM_RecordAtBound)->Unit(benchmark::kMicrosecond);

void BM_RecordAndRepaintDockOpen(benchmark::State &state)
{
    ProtocolLogModel log;
    ProtocolLogDock dock(&log);
    dock.resize(1200, 700);
    dock.show();
    const ProtocolExchange pull = test::samplePull(T0);
    for (int i = 0; i < ProtocolLogModel::DefaultMaxExchanges; ++i)
        log.record(pull);
    QApplication::processEvents();
    for (auto _ : state) {
        log.record(pull);
        // The sorted proxy, the status line and a repaint of the table, once per call: the worst
        // case, as calls that arrive together share one repaint.
        QApplication::processEvents();
    }
}
BENCHMARK(BM_RecordAndRepaintDockOpen)->Unit(benchmark::kMicrosecond);

void BM_IndentEnvelope(benchmark::State &state)
{
    const QByteArray response = test::samplePull(T0).response;
    for (auto _ : state)
        benchmark::DoNotOptimize(ProtocolLogModel::indentXml(response));
    state.SetBytesProcessed(int64_t(state.iterations()) * response.size());
}
BENCHMARK(BM_IndentEnvelope)->Unit(benchmark::kMicrosecond);

void BM_ShowSelectedCall(benchmark::State &state)
{
    ProtocolLogModel log;
    ProtocolLogDock dock(&log);
    dock.resize(1200, 700);
    dock.show();
    log.record(test::sampleEnumerate(T0));
    log.record(test::sampleRequestStateChange(T0.addSecs(1)));
    QApplication::processEvents();
    int row = 0;
    for (auto _ : state) {
        dock.view()->setCurrentIndex(dock.proxy()->index(row, 0)); // indent, set, highlight both envelopes
        row = 1 - row;
    }
}
BENCHMARK(BM_ShowSelectedCall)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
