// libFuzzer target for the client's HTTP answer reader (wsman::HttpAnswerReader), which reads
// what a host (or whoever answers in its place) sends. Beyond "no crash, no leak, no UB" it checks
// that how the bytes are split does not matter: the input read whole, in pieces of a size the
// first byte picks, and with bodies read straight into their buffer must give the same status,
// failure, answer and keep-alive verdict; and that nothing bigger than the bound is ever kept.
#include <wsman/HttpAnswerReader.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>

using namespace hvdesk::wsman;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "http fuzzer: invariant broken: %s\n", what);
        std::abort();
    }
}

struct Outcome
{
    HttpAnswerReader::Status status;
    HttpAnswerReader::Failure failure;
    bool keepAlive;
    HttpAnswer answer;
};

enum class Way { Whole, Pieces, Direct };

Outcome read(QByteArrayView wire, Way way, qsizetype piece, qint64 max, bool closed)
{
    HttpAnswerReader reader(max);
    using Status = HttpAnswerReader::Status;
    Status status = Status::NeedMore;
    qsizetype at = 0;
    while (at < wire.size() && status == Status::NeedMore) {
        if (way == Way::Direct && reader.room() > 0) {
            status = reader.readInto([&](char *data, qint64 room) {
                const qint64 n = std::min<qint64>({ room, qint64(piece), qint64(wire.size() - at) });
                std::memcpy(data, wire.data() + at, size_t(n));
                at += n;
                return n;
            });
            continue;
        }
        const qsizetype n = way == Way::Whole ? wire.size() - at : qMin(piece, wire.size() - at);
        status = reader.feed(wire.sliced(at, n));
        at += n;
    }
    // The rest, after a verdict, counts only as bytes beyond the answer.
    if (at < wire.size())
        status = reader.feed(wire.sliced(at));
    if (closed)
        status = reader.finish();
    Outcome o { status, reader.failure(), status == Status::Done && reader.keepAlive(), reader.takeAnswer() };
    check(o.answer.body.size() <= max, "a body beyond the bound was kept");
    check(status != Status::Failed || !reader.failureText().isEmpty() || o.failure == HttpAnswerReader::Failure::TooLarge,
        "a refusal has a reason");
    check(status != Status::Failed || o.answer.body.isEmpty(), "nothing of a refused answer is kept");
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype piece = 1 + (data[0] & 0x3f);
    const qint64 max = qint64(64) << (data[1] & 0x0f); // 64 bytes to 2 MB
    const bool closed = data[0] & 0x80;
    const QByteArrayView wire(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const Outcome whole = read(wire, Way::Whole, piece, max, closed);
    for (const Way way : { Way::Pieces, Way::Direct }) {
        const Outcome other = read(wire, way, piece, max, closed);
        check(other.status == whole.status, "the status depends on how the bytes were split");
        check(other.failure == whole.failure, "the failure depends on how the bytes were split");
        check(other.keepAlive == whole.keepAlive, "keep-alive depends on how the bytes were split");
        check(other.answer.status == whole.answer.status && other.answer.body == whole.answer.body
                && other.answer.contentType == whole.answer.contentType && other.answer.reason == whole.answer.reason,
            "the answer depends on how the bytes were split");
    }
    return 0;
}
