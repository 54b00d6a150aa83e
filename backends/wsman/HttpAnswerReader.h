#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace hvdesk::wsman {

// One HTTP answer as read off the wire (interim 1xx answers are skipped).
struct HttpAnswer
{
    int status = 0;
    QByteArray reason;
    QByteArray contentType;
    QByteArray body;
};

// Reads one HTTP/1.x answer from bytes as they arrive, in any pieces: the status line and headers
// (bounded), then the body by Content-Length, chunked transfer coding, or up to the connection's
// end. Untrusted input: every length is checked against the bound before anything is kept, and a
// malformed answer is an error with a reason, never a guess. No sockets here (HttpLink feeds it),
// so it is tested and fuzzed on bytes alone.
class HttpAnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(HttpAnswerReader)

public:
    enum class Status { NeedMore, Done, Failed };
    enum class Failure { None, TooLarge, NotHttp };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    explicit HttpAnswerReader(qint64 maxBodyBytes = 64LL * 1024 * 1024)
        : m_maxBodyBytes(maxBodyBytes)
    {
    }

    // Starts a new answer; the connection's leftover bytes (there should be none) are dropped.
    void reset();

    Status feed(QByteArrayView bytes);
    // The connection ended: Done for an answer that runs to the connection's end, else Failed
    // (NeedMore is never returned).
    Status finish();

    // How many bytes of a Content-Length body are still to come (0 in any other state): those
    // may be read straight into the answer's buffer with readInto(), without a copy through feed().
    qint64 room() const;
    // `read(data, max)` writes at most `max` bytes at `data` and returns how many (< 0: none).
    template<typename Read>
    Status readInto(Read &&read)
    {
        const qint64 max = room();
        if (max <= 0)
            return m_status;
        const qsizetype at = m_answer.body.size();
        m_answer.body.resize(at + max); // within the capacity reserved from Content-Length
        const qint64 got = qBound<qint64>(0, read(m_answer.body.data() + at, max), max);
        m_answer.body.resize(at + got);
        if (got > 0)
            m_receivedAny = true;
        return m_answer.body.size() == m_length ? done() : m_status;
    }

    Status status() const { return m_status; }
    Failure failure() const { return m_failure; }
    QString failureText() const { return m_failureText; }
    // After Done: whether the connection may carry another request (the answer allows it and no
    // byte beyond it arrived).
    bool keepAlive() const { return m_keepAlive && m_in.isEmpty(); }
    bool receivedAny() const { return m_receivedAny; }
    HttpAnswer takeAnswer() { return std::exchange(m_answer, {}); }

private:
    enum class Phase { Head, Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    Status readHead();
    // The head that ends at `end` (-1: not yet in); `interim` set for a 1xx answer's.
    Status readOneHead(qsizetype end, bool *interim);
    Status readChunked();
    Status done();
    Status fail(Failure failure, const QString &text = {});

    qint64 m_maxBodyBytes;
    Status m_status = Status::NeedMore;
    Failure m_failure = Failure::None;
    QString m_failureText;
    Phase m_phase = Phase::Head;
    ChunkStep m_chunkStep = ChunkStep::Size;
    QByteArray m_in; // head bytes, and chunked bodies' raw bytes
    qsizetype m_scanned = 0; // of m_in, already searched for the head's end
    HttpAnswer m_answer;
    qint64 m_length = 0; // Length: the body's size; Chunked: what is left of the chunk
    bool m_keepAlive = true;
    bool m_receivedAny = false;
};

} // namespace hvdesk::wsman
