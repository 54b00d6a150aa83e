// The client's HTTP answer reader on bytes alone: every way of splitting an answer gives the same
// result, lengths are bounded before anything is kept, and malformed answers are refused by reason.
#include <wsman/HttpAnswerReader.h>

#include <gtest/gtest.h>

using namespace hvdesk::wsman;

namespace {

using Status = HttpAnswerReader::Status;

struct Outcome
{
    Status status = Status::NeedMore;
    HttpAnswerReader::Failure failure = HttpAnswerReader::Failure::None;
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    bool keepAlive = false;
};

// Feeds `wire` in pieces of `piece` bytes (0: all at once); `closed`: then the connection ends.
Outcome read(const QByteArray &wire, qsizetype piece = 0, bool closed = false, qint64 max = 1 << 20)
{
    HttpAnswerReader reader(max);
    Status status = Status::NeedMore;
    for (qsizetype at = 0; at < wire.size() && status == Status::NeedMore;) {
        const qsizetype n = piece > 0 ? qMin(piece, wire.size() - at) : wire.size() - at;
        status = reader.feed(QByteArrayView(wire).sliced(at, n));
        at += n;
    }
    if (closed)
        status = reader.finish();
    Outcome o;
    o.status = status;
    o.failure = reader.failure();
    o.keepAlive = status == Status::Done && reader.keepAlive();
    const HttpAnswer a = reader.takeAnswer();
    o.httpStatus = a.status;
    o.body = a.body;
    o.contentType = a.contentType;
    return o;
}

const QByteArray Body = "<s:Envelope>" + QByteArray(3000, 'x') + "</s:Envelope>";

} // namespace

TEST(HttpAnswerReader, ALengthAnswerReadsTheSameInAnyPieces)
{
    const QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\nContent-Length: "
        + QByteArray::number(Body.size()) + "\r\n\r\n" + Body;
    for (const qsizetype piece : { 0, 1, 2, 3, 7, 64, 1000 }) {
        SCOPED_TRACE(piece);
        const Outcome o = read(wire, piece);
        EXPECT_EQ(o.status, Status::Done);
        EXPECT_EQ(o.httpStatus, 200);
        EXPECT_EQ(o.contentType, QByteArray("application/soap+xml"));
        EXPECT_EQ(o.body, Body);
        EXPECT_TRUE(o.keepAlive);
    }
    EXPECT_EQ(read(wire.chopped(1), 0).status, Status::NeedMore) << "one byte short";
}

TEST(HttpAnswerReader, AChunkedAnswerAfterAnInterimOneReadsTheSameInAnyPieces)
{
    QByteArray chunks;
    for (qsizetype at = 0, size = 1; at < Body.size(); at += size, size = size * 2 + 1)
        chunks += QByteArray::number(Body.mid(at, size).size(), 16) + ";ext=1\r\n" + Body.mid(at, size) + "\r\n";
    const QByteArray wire = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 500 Error\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunks + "0\r\nX-Checksum: 1\r\n\r\n";
    for (const qsizetype piece : { 0, 1, 5, 33, 4096 }) {
        SCOPED_TRACE(piece);
        const Outcome o = read(wire, piece);
        EXPECT_EQ(o.status, Status::Done);
        EXPECT_EQ(o.httpStatus, 500);
        EXPECT_EQ(o.body, Body);
        EXPECT_TRUE(o.keepAlive);
    }
}

TEST(HttpAnswerReader, WhetherTheConnectionStaysFollowsTheAnswer)
{
    EXPECT_FALSE(read("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").keepAlive);
    EXPECT_FALSE(read("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keepAlive);
    EXPECT_TRUE(read("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n").keepAlive);
    EXPECT_TRUE(read("HTTP/1.1 204 No Content\r\n\r\n").keepAlive) << "no body, nothing to wait for";
    EXPECT_FALSE(read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA").keepAlive)
        << "bytes beyond the answer: not reused";
    const Outcome untilClose = read("HTTP/1.1 200 OK\r\n\r\n" + Body, 100, true);
    EXPECT_EQ(untilClose.status, Status::Done);
    EXPECT_EQ(untilClose.body, Body);
    EXPECT_FALSE(untilClose.keepAlive);
    EXPECT_EQ(read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", 0, true).status, Status::Failed)
        << "the connection ended inside a body of known length";
}

TEST(HttpAnswerReader, LengthsAreBoundedBeforeAnythingIsKept)
{
    EXPECT_EQ(read("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n", 0, false, 1000).failure,
        HttpAnswerReader::Failure::TooLarge);
    EXPECT_EQ(read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3e9\r\n", 0, false, 1000).failure,
        HttpAnswerReader::Failure::TooLarge)
        << "a chunk of 1001 bytes";
    EXPECT_EQ(read("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(1001, 'x'), 0, false, 1000).failure,
        HttpAnswerReader::Failure::TooLarge);
    EXPECT_EQ(read("HTTP/1.1 200 OK\r\nX: " + QByteArray(HttpAnswerReader::MaxHeadBytes, 'a'), 4096).failure,
        HttpAnswerReader::Failure::NotHttp)
        << "headers without end";
}

TEST(HttpAnswerReader, MalformedAnswersAreRefusedWithAReason)
{
    const QList<QByteArray> bad {
        "SSH-2.0-OpenSSH\r\n\r\n",
        "HTTP/2 200\r\n\r\n",
        "HTTP/1.1 2000 OK\r\n\r\n",
        "HTTP/1.1 20x OK\r\n\r\n",
        "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 1 2\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY",
    };
    for (const QByteArray &wire : bad) {
        SCOPED_TRACE(wire.toStdString());
        HttpAnswerReader reader;
        EXPECT_EQ(reader.feed(wire), Status::Failed);
        EXPECT_EQ(reader.failure(), HttpAnswerReader::Failure::NotHttp);
        EXPECT_FALSE(reader.failureText().isEmpty());
        EXPECT_TRUE(reader.takeAnswer().body.isEmpty()) << "nothing of a refused answer is kept";
    }
}

TEST(HttpAnswerReader, ABodyCanBeReadStraightIntoItsBuffer)
{
    HttpAnswerReader reader;
    EXPECT_EQ(reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123"), Status::NeedMore);
    EXPECT_EQ(reader.room(), 6);
    qint64 offered = 0;
    EXPECT_EQ(reader.readInto([&](char *data, qint64 max) {
        offered = max;
        memcpy(data, "45", 2);
        return qint64(2);
    }),
        Status::NeedMore);
    EXPECT_EQ(offered, 6);
    EXPECT_EQ(reader.room(), 4);
    EXPECT_EQ(reader.readInto([](char *data, qint64) {
        memcpy(data, "6789", 4);
        return qint64(4);
    }),
        Status::Done);
    EXPECT_EQ(reader.room(), 0);
    EXPECT_EQ(reader.takeAnswer().body, QByteArray("0123456789"));
}
