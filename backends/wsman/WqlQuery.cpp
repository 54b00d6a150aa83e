#include "WqlQuery.h"

#include <QRegularExpression>

#include <cmath>

namespace hvdesk::wsman {

struct WqlQuery::Node
{
    enum class Type { And, Or, Not, Compare, Like, IsNull, Literal, Property };
    enum class Op { Eq, Ne, Lt, Gt, Le, Ge };
    enum class LiteralType { String, Number, Boolean, Null };

    Type type = Type::Literal;
    Op op = Op::Eq;
    bool negated = false; // NOT LIKE, IS NOT NULL
    int left = -1;
    int right = -1;
    LiteralType literalType = LiteralType::String;
    QString text; // literal text or property name
    double number = 0;
    bool boolean = false;
    QRegularExpression like;
};

namespace {

struct Token
{
    enum Kind { End, Ident, String, Number, Symbol };
    Kind kind = End;
    QString text;
    qsizetype pos = 0;
};

class Parser
{
public:
    Parser(const QString &text, std::vector<WqlQuery::Node> *nodes)
        : m_text(text)
        , m_nodes(nodes)
    {
        advance();
    }

    QString error;
    qsizetype errorPos = 0;

    bool failed() const { return !error.isEmpty(); }

    bool fail(const QString &message, qsizetype pos)
    {
        if (error.isEmpty()) {
            error = message;
            errorPos = pos;
        }
        return false;
    }

    const Token &current() const { return m_token; }

    bool isKeyword(const char *word) const
    {
        return m_token.kind == Token::Ident && m_token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(const char *symbol) const
    {
        return m_token.kind == Token::Symbol && m_token.text == QLatin1String(symbol);
    }

    void advance()
    {
        const qsizetype n = m_text.size();
        while (m_pos < n && m_text.at(m_pos).isSpace())
            ++m_pos;
        m_token = Token {};
        m_token.pos = m_pos;
        if (m_pos >= n)
            return;
        const QChar c = m_text.at(m_pos);
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = m_pos;
            while (m_pos < n && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
                ++m_pos;
            m_token.kind = Token::Ident;
            m_token.text = m_text.mid(start, m_pos - start);
            return;
        }
        if (c.isDigit()
            || ((c == QLatin1Char('-') || c == QLatin1Char('.')) && m_pos + 1 < n && m_text.at(m_pos + 1).isDigit())) {
            const qsizetype start = m_pos++;
            while (m_pos < n && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            m_token.kind = Token::Number;
            m_token.text = m_text.mid(start, m_pos - start);
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype start = m_pos++;
            QString value;
            while (m_pos < n && m_text.at(m_pos) != c) {
                if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < n)
                    ++m_pos;
                value += m_text.at(m_pos++);
            }
            if (m_pos >= n) {
                fail(WqlQuery::tr("the string starting here is not closed"), start);
                m_pos = n;
                return;
            }
            ++m_pos;
            m_token.kind = Token::String;
            m_token.text = value;
            return;
        }
        static const char *const twoChar[] = { "<>", "!=", "<=", ">=" };
        for (const char *op : twoChar) {
            if (QStringView(m_text).mid(m_pos, 2) == QLatin1String(op)) {
                m_token.kind = Token::Symbol;
                m_token.text = QLatin1String(op);
                m_pos += 2;
                return;
            }
        }
        if (QStringLiteral("=<>(),*").contains(c)) {
            m_token.kind = Token::Symbol;
            m_token.text = c;
            ++m_pos;
            return;
        }
        fail(WqlQuery::tr("unexpected character '%1'").arg(c), m_pos);
        m_pos = n;
    }

    int add(WqlQuery::Node node)
    {
        m_nodes->push_back(std::move(node));
        return int(m_nodes->size() - 1);
    }

    // Bounded recursion: parentheses and NOT nest at most this deep.
    static constexpr int MaxNesting = 64;

    int parseOr(int depth)
    {
        int left = parseAnd(depth);
        while (!failed() && isKeyword("OR")) {
            advance();
            const int right = parseAnd(depth);
            WqlQuery::Node node;
            node.type = WqlQuery::Node::Type::Or;
            node.left = left;
            node.right = right;
            left = add(node);
        }
        return left;
    }

    int parseAnd(int depth)
    {
        int left = parseNot(depth);
        while (!failed() && isKeyword("AND")) {
            advance();
            const int right = parseNot(depth);
            WqlQuery::Node node;
            node.type = WqlQuery::Node::Type::And;
            node.left = left;
            node.right = right;
            left = add(node);
        }
        return left;
    }

    int parseNot(int depth)
    {
        if (depth > MaxNesting) {
            fail(WqlQuery::tr("the condition is nested too deeply"), m_token.pos);
            return -1;
        }
        if (isKeyword("NOT")) {
            advance();
            WqlQuery::Node node;
            node.type = WqlQuery::Node::Type::Not;
            node.left = parseNot(depth + 1);
            return add(node);
        }
        if (isSymbol("(")) {
            const qsizetype open = m_token.pos;
            advance();
            const int inner = parseOr(depth + 1);
            if (failed())
                return -1;
            if (!isSymbol(")")) {
                fail(WqlQuery::tr("expected ')' to close the '(' at position %1").arg(open + 1), m_token.pos);
                return -1;
            }
            advance();
            return inner;
        }
        return parseComparison();
    }

    int parseOperand()
    {
        WqlQuery::Node node;
        const Token t = m_token;
        switch (t.kind) {
        case Token::Ident:
            if (isKeyword("TRUE") || isKeyword("FALSE")) {
                node.literalType = WqlQuery::Node::LiteralType::Boolean;
                node.boolean = isKeyword("TRUE");
            } else if (isKeyword("NULL")) {
                node.literalType = WqlQuery::Node::LiteralType::Null;
            } else if (isKeyword("AND") || isKeyword("OR") || isKeyword("NOT") || isKeyword("LIKE")
                || isKeyword("IS")) {
                fail(WqlQuery::tr("expected a property or a value, found the keyword %1").arg(t.text.toUpper()), t.pos);
                return -1;
            } else {
                node.type = WqlQuery::Node::Type::Property;
            }
            node.text = t.text;
            break;
        case Token::String:
            node.literalType = WqlQuery::Node::LiteralType::String;
            node.text = t.text;
            break;
        case Token::Number: {
            bool ok = false;
            node.number = t.text.toDouble(&ok);
            if (!ok) {
                fail(WqlQuery::tr("'%1' is not a number").arg(t.text), t.pos);
                return -1;
            }
            node.literalType = WqlQuery::Node::LiteralType::Number;
            node.text = t.text;
            break;
        }
        case Token::Symbol:
        case Token::End:
            fail(t.kind == Token::End ? WqlQuery::tr("the condition ends too early")
                                      : WqlQuery::tr("expected a property or a value, found '%1'").arg(t.text),
                t.pos);
            return -1;
        }
        advance();
        return add(node);
    }

    int parseComparison()
    {
        const qsizetype start = m_token.pos;
        const int left = parseOperand();
        if (failed())
            return -1;
        WqlQuery::Node node;
        node.left = left;
        if (isKeyword("IS")) {
            advance();
            node.type = WqlQuery::Node::Type::IsNull;
            if (isKeyword("NOT")) {
                node.negated = true;
                advance();
            }
            if (!isKeyword("NULL")) {
                fail(WqlQuery::tr("expected NULL after IS"), m_token.pos);
                return -1;
            }
            advance();
            return add(node);
        }
        if (isKeyword("NOT") || isKeyword("LIKE")) {
            if (isKeyword("NOT")) {
                node.negated = true;
                advance();
                if (!isKeyword("LIKE")) {
                    fail(WqlQuery::tr("expected LIKE after NOT"), m_token.pos);
                    return -1;
                }
            }
            advance();
            if (m_token.kind != Token::String) {
                fail(WqlQuery::tr("LIKE needs a quoted pattern"), m_token.pos);
                return -1;
            }
            node.type = WqlQuery::Node::Type::Like;
            node.text = m_token.text;
            node.like = likePattern(m_token.text);
            advance();
            return add(node);
        }
        if (m_token.kind != Token::Symbol || isSymbol("(") || isSymbol(")") || isSymbol(",") || isSymbol("*")) {
            fail(m_token.kind == Token::End
                    ? WqlQuery::tr("expected a comparison after the operand at position %1").arg(start + 1)
                    : WqlQuery::tr("expected =, <>, <, >, <=, >=, LIKE or IS, found '%1'").arg(m_token.text),
                m_token.pos);
            return -1;
        }
        const QString op = m_token.text;
        using Op = WqlQuery::Node::Op;
        node.type = WqlQuery::Node::Type::Compare;
        node.op = op == QLatin1String("=")                             ? Op::Eq
            : (op == QLatin1String("<>") || op == QLatin1String("!=")) ? Op::Ne
            : op == QLatin1String("<")                                 ? Op::Lt
            : op == QLatin1String(">")                                 ? Op::Gt
            : op == QLatin1String("<=")                                ? Op::Le
                                                                       : Op::Ge;
        advance();
        node.right = parseOperand();
        if (failed())
            return -1;
        return add(node);
    }

    static QRegularExpression likePattern(const QString &pattern)
    {
        QString re = QStringLiteral("\\A");
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern.at(i);
            if (c == QLatin1Char('%')) {
                re += QLatin1String(".*");
            } else if (c == QLatin1Char('_')) {
                re += QLatin1Char('.');
            } else if (c == QLatin1Char('[')) {
                const qsizetype close = pattern.indexOf(QLatin1Char(']'), i + 1);
                if (close < 0) {
                    re += QRegularExpression::escape(QString(c));
                    continue;
                }
                QString set = pattern.mid(i + 1, close - i - 1);
                const bool negate = set.startsWith(QLatin1Char('^'));
                if (negate)
                    set.remove(0, 1);
                QString escaped;
                for (const QChar s : set)
                    escaped += (s == QLatin1Char('-')) ? QString(s) : QRegularExpression::escape(QString(s));
                re += QLatin1Char('[') + (negate ? QStringLiteral("^") : QString()) + escaped + QLatin1Char(']');
                i = close;
            } else {
                re += QRegularExpression::escape(QString(c));
            }
        }
        re += QLatin1String("\\z");
        QRegularExpression expression(
            re, QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        if (!expression.isValid())
            expression = QRegularExpression(
                QStringLiteral("\\A") + QRegularExpression::escape(pattern) + QLatin1String("\\z"));
        return expression;
    }

private:
    QString m_text;
    std::vector<WqlQuery::Node> *m_nodes;
    qsizetype m_pos = 0;
    Token m_token;
};

} // namespace

WqlQuery::WqlQuery() = default;

WqlQuery::~WqlQuery()
{
    delete m_nodes;
}

WqlQuery::WqlQuery(const WqlQuery &other)
    : m_text(other.m_text)
    , m_className(other.m_className)
    , m_properties(other.m_properties)
    , m_nodes(other.m_nodes ? new std::vector<Node>(*other.m_nodes) : nullptr)
    , m_root(other.m_root)
{
}

WqlQuery &WqlQuery::operator=(const WqlQuery &other)
{
    if (this != &other) {
        WqlQuery copy(other);
        std::swap(m_text, copy.m_text);
        std::swap(m_className, copy.m_className);
        std::swap(m_properties, copy.m_properties);
        std::swap(m_nodes, copy.m_nodes);
        std::swap(m_root, copy.m_root);
    }
    return *this;
}

bool WqlQuery::hasCondition() const
{
    return m_root >= 0;
}

WqlQuery WqlQuery::parse(const QString &text, Error *error)
{
    WqlQuery query;
    query.m_text = text;
    auto nodes = std::make_unique<std::vector<Node>>();
    Parser p(text, nodes.get());
    QString className;
    QStringList properties;
    int root = -1;
    if (!p.failed()) {
        if (!p.isKeyword("SELECT")) {
            if (p.isKeyword("ASSOCIATORS") || p.isKeyword("REFERENCES"))
                p.fail(tr("%1 OF queries are not supported; enumerate the association class instead")
                           .arg(p.current().text.toUpper()),
                    p.current().pos);
            else
                p.fail(tr("a query starts with SELECT"), p.current().pos);
        } else {
            p.advance();
        }
    }
    if (!p.failed()) {
        if (p.isSymbol("*")) {
            p.advance();
        } else {
            for (;;) {
                if (p.current().kind != Token::Ident || p.isKeyword("FROM")) {
                    p.fail(tr("expected a property name or *"), p.current().pos);
                    break;
                }
                properties.append(p.current().text);
                p.advance();
                if (!p.isSymbol(","))
                    break;
                p.advance();
            }
        }
    }
    if (!p.failed()) {
        if (!p.isKeyword("FROM"))
            p.fail(tr("expected FROM"), p.current().pos);
        else
            p.advance();
    }
    if (!p.failed()) {
        if (p.current().kind != Token::Ident)
            p.fail(tr("expected a class name after FROM"), p.current().pos);
        else {
            className = p.current().text;
            p.advance();
        }
    }
    if (!p.failed() && p.isKeyword("WHERE")) {
        p.advance();
        root = p.parseOr(0);
    }
    if (!p.failed() && p.current().kind != Token::End)
        p.fail(tr("unexpected '%1' after the query").arg(p.current().text), p.current().pos);
    if (p.failed()) {
        if (error) {
            *error = Error { QStringLiteral("wql.syntax"),
                tr("The WQL query is not valid: %1 at position %2 of \"%3\".")
                    .arg(p.error)
                    .arg(p.errorPos + 1)
                    .arg(text),
                QStringLiteral("filter"), tr("Write it as SELECT * FROM Class WHERE Property = 'value'.") };
        }
        return WqlQuery();
    }
    if (error)
        *error = Error {};
    query.m_className = className;
    query.m_properties = properties;
    query.m_nodes = nodes.release();
    query.m_root = root;
    return query;
}

namespace {

using Node = WqlQuery::Node;

// One side of a comparison: a literal or a property's value (possibly several for arrays).
struct Operand
{
    bool null = false;
    QStringList texts; // property values
    const Node *literal = nullptr; // or a literal
};

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<bool> toBool(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1"))
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

bool compareResult(int cmp, Node::Op op)
{
    switch (op) {
    case Node::Op::Eq:
        return cmp == 0;
    case Node::Op::Ne:
        return cmp != 0;
    case Node::Op::Lt:
        return cmp < 0;
    case Node::Op::Gt:
        return cmp > 0;
    case Node::Op::Le:
        return cmp <= 0;
    case Node::Op::Ge:
        return cmp >= 0;
    }
    return false;
}

// Compares a property value with a literal in the literal's type.
std::optional<int> compareWithLiteral(const QString &value, const Node &literal)
{
    switch (literal.literalType) {
    case Node::LiteralType::Number: {
        const auto n = toNumber(value);
        if (!n)
            return std::nullopt;
        return *n < literal.number ? -1 : (*n > literal.number ? 1 : 0);
    }
    case Node::LiteralType::Boolean: {
        const auto b = toBool(value);
        if (!b)
            return std::nullopt;
        return int(*b) - int(literal.boolean);
    }
    case Node::LiteralType::String:
        return value.compare(literal.text, Qt::CaseInsensitive);
    case Node::LiteralType::Null:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<int> compareValues(const QString &a, const QString &b)
{
    const auto na = toNumber(a);
    const auto nb = toNumber(b);
    if (na && nb)
        return *na < *nb ? -1 : (*na > *nb ? 1 : 0);
    return a.compare(b, Qt::CaseInsensitive);
}

Node::Op mirrored(Node::Op op)
{
    switch (op) {
    case Node::Op::Lt:
        return Node::Op::Gt;
    case Node::Op::Gt:
        return Node::Op::Lt;
    case Node::Op::Le:
        return Node::Op::Ge;
    case Node::Op::Ge:
        return Node::Op::Le;
    default:
        return op;
    }
}

Operand operandOf(const Node &node, const CimInstance &instance)
{
    Operand o;
    if (node.type != Node::Type::Property) {
        o.literal = &node;
        o.null = node.literalType == Node::LiteralType::Null;
        return o;
    }
    const CimValue *value = instance.find(node.text);
    if (!value || value->isNull() || value->texts().isEmpty()) {
        o.null = true;
        return o;
    }
    o.texts = value->texts();
    return o;
}

bool evaluate(const std::vector<Node> &nodes, int index, const CimInstance &instance)
{
    if (index < 0)
        return true;
    const Node &node = nodes[size_t(index)];
    switch (node.type) {
    case Node::Type::And:
        return evaluate(nodes, node.left, instance) && evaluate(nodes, node.right, instance);
    case Node::Type::Or:
        return evaluate(nodes, node.left, instance) || evaluate(nodes, node.right, instance);
    case Node::Type::Not:
        return !evaluate(nodes, node.left, instance);
    case Node::Type::IsNull: {
        const Operand o = operandOf(nodes[size_t(node.left)], instance);
        return o.null != node.negated;
    }
    case Node::Type::Like: {
        const Operand o = operandOf(nodes[size_t(node.left)], instance);
        if (o.null)
            return false;
        const QStringList texts = o.literal ? QStringList { o.literal->text } : o.texts;
        bool any = false;
        for (const QString &t : texts)
            any = any || node.like.match(t).hasMatch();
        return any != node.negated;
    }
    case Node::Type::Compare: {
        const Operand left = operandOf(nodes[size_t(node.left)], instance);
        const Operand right = operandOf(nodes[size_t(node.right)], instance);
        if (left.null || right.null)
            return false;
        if (left.literal && right.literal) {
            const std::optional<int> c = compareWithLiteral(left.literal->text, *right.literal);
            return c && compareResult(*c, node.op);
        }
        if (right.literal || left.literal) {
            const Operand &property = right.literal ? left : right;
            const Node &literal = right.literal ? *right.literal : *left.literal;
            const Node::Op op = right.literal ? node.op : mirrored(node.op);
            for (const QString &t : property.texts) {
                const std::optional<int> c = compareWithLiteral(t, literal);
                if (c && compareResult(*c, op))
                    return true;
            }
            return false;
        }
        for (const QString &a : left.texts) {
            for (const QString &b : right.texts) {
                const std::optional<int> c = compareValues(a, b);
                if (c && compareResult(*c, node.op))
                    return true;
            }
        }
        return false;
    }
    case Node::Type::Literal: {
        return node.literalType == Node::LiteralType::Boolean ? node.boolean : false;
    }
    case Node::Type::Property: {
        const Operand o = operandOf(node, instance);
        if (o.null)
            return false;
        const auto b = toBool(o.texts.value(0));
        return b.value_or(false);
    }
    }
    return false;
}

} // namespace

bool WqlQuery::matches(const CimInstance &instance) const
{
    if (!isValid())
        return false;
    return !m_nodes || evaluate(*m_nodes, m_root, instance);
}

CimInstance WqlQuery::project(const CimInstance &instance) const
{
    if (m_properties.isEmpty())
        return instance;
    CimInstance result(instance.className(), instance.resourceUri());
    for (const QString &name : m_properties) {
        if (const CimValue *v = instance.find(name)) {
            // Keep the instance's own spelling of the name.
            for (const CimProperty &p : instance.properties()) {
                if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
                    result.add(p.name, *v);
                    break;
                }
            }
        }
    }
    return result;
}

} // namespace hvdesk::wsman
