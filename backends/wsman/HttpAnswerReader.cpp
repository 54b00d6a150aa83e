#include "HttpAnswerReader.h"

#include <QList>

#include <cctype>

namespace hvdesk::wsman {

namespace {

constexpr qsizetype MaxChunkLine = 1024; // a chunk-size or trailer line

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView part = comma < 0 ? value : value.first(comma);
        if (equalsIgnoringCase(part.trimmed(), token))
            return true;
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
    }
    return false;
}

// Digits only (no sign, no spaces, no overflow): Content-Length and chunk sizes are not numbers
// to be lenient about.
bool parseNumber(QByteArrayView text, int base, qint64 *value)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    qint64 n = 0;
    for (char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return false;
        n = n * base + digit;
    }
    *value = n;
    return true;
}

} // namespace

void HttpAnswerReader::reset()
{
    m_status = Status::NeedMore;
    m_failure = Failure::None;
    m_failureText.clear();
    m_phase = Phase::Head;
    m_chunkStep = ChunkStep::Size;
    m_in.clear();
    m_scanned = 0;
    m_answer = HttpAnswer {};
    m_length = 0;
    m_keepAlive = true;
    m_receivedAny = false;
}

HttpAnswerReader::Status HttpAnswerReader::fail(Failure failure, const QString &text)
{
    m_failure = failure;
    m_failureText = text;
    m_answer = HttpAnswer {};
    m_in.clear();
    return m_status = Status::Failed;
}

HttpAnswerReader::Status HttpAnswerReader::done()
{
    return m_status = Status::Done;
}

HttpAnswerReader::Status HttpAnswerReader::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || m_status == Status::Failed)
        return m_status;
    m_receivedAny = true;
    if (m_status == Status::Done) {
        m_in.append(bytes); // beyond the answer: the connection is not reused
        return m_status;
    }
    switch (m_phase) {
    case Phase::Head:
        m_in.append(bytes);
        return readHead();
    case Phase::Length: {
        const qint64 n = qMin<qint64>(bytes.size(), room());
        m_answer.body.append(bytes.data(), n);
        if (n < bytes.size())
            m_in.append(bytes.sliced(n));
        return m_answer.body.size() == m_length ? done() : m_status;
    }
    case Phase::Chunked:
        m_in.append(bytes);
        return readChunked();
    case Phase::UntilClose:
        if (m_answer.body.size() + bytes.size() > m_maxBodyBytes)
            return fail(Failure::TooLarge);
        m_answer.body.append(bytes);
        return m_status;
    }
    return m_status;
}

HttpAnswerReader::Status HttpAnswerReader::finish()
{
    if (m_status != Status::NeedMore)
        return m_status;
    if (m_phase == Phase::UntilClose) {
        m_keepAlive = false;
        return done();
    }
    return fail(Failure::NotHttp, tr("the connection ended in the middle of the answer"));
}

qint64 HttpAnswerReader::room() const
{
    return m_status == Status::NeedMore && m_phase == Phase::Length ? m_length - m_answer.body.size() : 0;
}

HttpAnswerReader::Status HttpAnswerReader::readHead()
{
    // Interim answers (100 Continue) are skipped: the real answer follows them.
    for (;;) {
        bool interim = false;
        const Status status = readOneHead(m_in.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_scanned - 3)), &interim);
        if (!interim)
            return status;
    }
}

HttpAnswerReader::Status HttpAnswerReader::readOneHead(qsizetype end, bool *interim)
{
    if (end < 0 || end > MaxHeadBytes) {
        m_scanned = m_in.size();
        if (m_in.size() > MaxHeadBytes + 4 || end > MaxHeadBytes)
            return fail(Failure::NotHttp, tr("the answer's headers exceed %1 KB").arg(MaxHeadBytes / 1024));
        return m_status;
    }
    const QByteArrayView head(m_in.constData(), end);
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine[8] != ' '
        || !std::isdigit(uchar(statusLine[7])) || !std::isdigit(uchar(statusLine[9]))
        || !std::isdigit(uchar(statusLine[10])) || !std::isdigit(uchar(statusLine[11]))
        || (statusLine.size() > 12 && statusLine[12] != ' '))
        return fail(Failure::NotHttp, tr("the answer does not start with an HTTP status line"));
    const bool http10 = statusLine[7] == '0';
    const int status = (statusLine[9] - '0') * 100 + (statusLine[10] - '0') * 10 + (statusLine[11] - '0');
    bool chunked = false;
    qint64 length = -1;
    QByteArrayView connection;
    QByteArrayView contentType;
    qsizetype at = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (at < head.size()) {
        qsizetype next = head.indexOf("\r\n", at);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(at, next - at);
        at = next + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(Failure::NotHttp, tr("the answer has a malformed header line"));
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (equalsIgnoringCase(name, "content-length")) {
            qint64 n = 0;
            if (!parseNumber(value, 10, &n) || (length >= 0 && length != n))
                return fail(Failure::NotHttp, tr("the answer has an invalid Content-Length"));
            length = n;
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            chunked = listsToken(value, "chunked");
        } else if (equalsIgnoringCase(name, "connection")) {
            connection = value;
        } else if (equalsIgnoringCase(name, "content-type")) {
            contentType = value;
        }
    }
    const QByteArray reason = statusLine.size() > 13 ? statusLine.sliced(13).toByteArray() : QByteArray();
    const QByteArray type = contentType.toByteArray();
    const bool keepAlive = http10 ? listsToken(connection, "keep-alive") : !listsToken(connection, "close");
    m_in.remove(0, end + 4);
    m_scanned = 0;
    if (status >= 100 && status < 200) {
        *interim = true;
        return m_status;
    }

    m_answer.status = status;
    m_answer.reason = reason;
    m_answer.contentType = type;
    m_keepAlive = keepAlive;
    if (status == 204 || status == 304)
        return done();
    if (chunked) {
        m_phase = Phase::Chunked;
        m_chunkStep = ChunkStep::Size;
        m_length = 0;
        return readChunked();
    }
    if (length >= 0) {
        if (length > m_maxBodyBytes)
            return fail(Failure::TooLarge);
        m_phase = Phase::Length;
        m_length = length;
        m_answer.body.reserve(length);
        const QByteArray rest = std::exchange(m_in, {});
        return rest.isEmpty() ? (length == 0 ? done() : m_status) : feed(rest);
    }
    // No length given: the body ends with the connection.
    m_phase = Phase::UntilClose;
    m_keepAlive = false;
    const QByteArray rest = std::exchange(m_in, {});
    return feed(rest);
}

HttpAnswerReader::Status HttpAnswerReader::readChunked()
{
    qsizetype pos = 0;
    const auto needMore = [this, &pos] {
        m_in.remove(0, pos);
        return m_status;
    };
    for (;;) {
        switch (m_chunkStep) {
        case ChunkStep::Size:
        case ChunkStep::Trailer: {
            // A chunk-size line, or a trailer field (up to an empty line; their content is not used).
            const qsizetype lineEnd = m_in.indexOf("\r\n", pos);
            // However the bytes came: a line too long is refused whether or not its end is in.
            if ((lineEnd < 0 ? m_in.size() : lineEnd) - pos > MaxChunkLine)
                return fail(Failure::NotHttp, tr("the answer has a malformed chunk"));
            if (lineEnd < 0)
                return needMore();
            QByteArrayView line(m_in.constData() + pos, lineEnd - pos);
            pos = lineEnd + 2;
            if (m_chunkStep == ChunkStep::Trailer) {
                if (!line.isEmpty())
                    break;
                m_in.remove(0, pos);
                return done();
            }
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon); // chunk extensions are ignored
            qint64 size = 0;
            if (!parseNumber(line.trimmed(), 16, &size))
                return fail(Failure::NotHttp, tr("the answer has a malformed chunk"));
            if (size == 0) {
                m_chunkStep = ChunkStep::Trailer;
                break;
            }
            if (m_answer.body.size() + size > m_maxBodyBytes)
                return fail(Failure::TooLarge);
            m_length = size;
            m_chunkStep = ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            const qint64 n = qMin<qint64>(m_length, m_in.size() - pos);
            m_answer.body.append(m_in.constData() + pos, n);
            pos += n;
            m_length -= n;
            if (m_length > 0)
                return needMore();
            m_chunkStep = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd:
            if (m_in.size() - pos < 2)
                return needMore();
            if (m_in[pos] != '\r' || m_in[pos + 1] != '\n')
                return fail(Failure::NotHttp, tr("the answer has a malformed chunk"));
            pos += 2;
            m_chunkStep = ChunkStep::Size;
            break;
        }
    }
}

} // namespace hvdesk::wsman
