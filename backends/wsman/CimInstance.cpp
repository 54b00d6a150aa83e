#include "CimInstance.h"

#include "CimXml.h"

namespace hvdesk::wsman {

struct CimValue::Objects
{
    QList<Epr> eprs;
    std::vector<CimInstance> instances;
};

CimValue::CimValue() = default;

CimValue::CimValue(const QString &text, const QString &cimType)
    : m_kind(Kind::String)
    , m_cimType(cimType)
    , m_text(text)
{
}

CimValue::CimValue(QString &&text, const QString &cimType)
    : m_kind(Kind::String)
    , m_cimType(cimType)
    , m_text(std::move(text))
{
}

CimValue::CimValue(const char *text)
    : CimValue(QString::fromUtf8(text))
{
}

CimValue CimValue::null(const QString &cimType)
{
    CimValue v;
    v.m_cimType = cimType;
    return v;
}

CimValue CimValue::array(const QStringList &values, const QString &cimType)
{
    CimValue v;
    v.m_kind = Kind::StringArray;
    v.m_cimType = cimType;
    v.m_texts = values;
    return v;
}

CimValue CimValue::reference(const Epr &epr)
{
    CimValue v;
    v.m_kind = Kind::Reference;
    v.m_objects = std::make_shared<const Objects>(Objects { { epr }, {} });
    return v;
}

CimValue CimValue::references(const QList<Epr> &eprs)
{
    CimValue v;
    v.m_kind = Kind::ReferenceArray;
    v.m_objects = std::make_shared<const Objects>(Objects { eprs, {} });
    return v;
}

CimValue CimValue::instance(const CimInstance &instance)
{
    CimValue v;
    v.m_kind = Kind::Instance;
    v.m_objects = std::make_shared<const Objects>(Objects { {}, { instance } });
    return v;
}

CimValue CimValue::instances(const std::vector<CimInstance> &instances)
{
    CimValue v;
    v.m_kind = Kind::InstanceArray;
    v.m_objects = std::make_shared<const Objects>(Objects { {}, instances });
    return v;
}

const QList<Epr> &CimValue::eprs() const
{
    static const QList<Epr> none;
    return m_objects ? m_objects->eprs : none;
}

const std::vector<CimInstance> &CimValue::embedded() const
{
    static const std::vector<CimInstance> none;
    return m_objects ? m_objects->instances : none;
}

QString CimValue::text() const
{
    if (m_kind == Kind::String)
        return m_text;
    return m_texts.isEmpty() ? QString() : m_texts.constFirst();
}

void CimValue::append(const CimValue &element)
{
    if (element.isNull())
        return;
    if (m_kind == Kind::Null) {
        *this = element;
        return;
    }
    switch (m_kind) {
    case Kind::String:
    case Kind::StringArray:
        if (m_kind == Kind::String) {
            m_texts = QStringList { std::move(m_text) };
            m_text = QString();
            m_kind = Kind::StringArray;
        }
        if (element.m_kind == Kind::String)
            m_texts.append(element.m_text);
        else
            m_texts += element.m_texts;
        break;
    case Kind::Reference:
    case Kind::ReferenceArray:
        m_kind = Kind::ReferenceArray;
        if (!element.eprs().isEmpty()) {
            auto objects = std::make_shared<Objects>(m_objects ? *m_objects : Objects {});
            objects->eprs += element.eprs();
            m_objects = std::move(objects);
        }
        break;
    case Kind::Instance:
    case Kind::InstanceArray:
        m_kind = Kind::InstanceArray;
        if (!element.embedded().empty()) {
            auto objects = std::make_shared<Objects>(m_objects ? *m_objects : Objects {});
            objects->instances.insert(objects->instances.end(), element.embedded().begin(), element.embedded().end());
            m_objects = std::move(objects);
        }
        break;
    case Kind::Null:
        break;
    }
}

bool CimValue::operator==(const CimValue &other) const
{
    return m_kind == other.m_kind && m_cimType == other.m_cimType && m_text == other.m_text && m_texts == other.m_texts
        && eprs() == other.eprs() && embedded() == other.embedded();
}

CimInstance::CimInstance(const QString &className, const QString &resourceUri)
    : m_className(className)
    , m_resourceUri(resourceUri)
{
}

CimInstance &CimInstance::set(const QString &name, const CimValue &value)
{
    for (CimProperty &p : m_properties) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            p.value = value;
            return *this;
        }
    }
    m_properties.append({ name, value });
    return *this;
}

void CimInstance::remove(const QString &name)
{
    m_properties.removeIf([&](const CimProperty &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
}

const CimValue *CimInstance::find(const QString &name) const
{
    // Exact match first: it is the common case and cheaper than folding case.
    for (const CimProperty &p : m_properties) {
        if (p.name == name)
            return &p.value;
    }
    for (const CimProperty &p : m_properties) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p.value;
    }
    return nullptr;
}

bool CimInstance::isNull(const QString &name) const
{
    const CimValue *v = find(name);
    return v && v->isNull();
}

CimValue CimInstance::value(const QString &name) const
{
    const CimValue *v = find(name);
    return v ? *v : CimValue();
}

std::optional<QString> CimInstance::string(const QString &name) const
{
    const CimValue *v = find(name);
    if (!v || v->textCount() == 0)
        return std::nullopt;
    return v->textAt(0);
}

std::optional<qint64> CimInstance::int64(const QString &name) const
{
    const std::optional<QString> s = string(name);
    if (!s)
        return std::nullopt;
    bool ok = false;
    const qint64 n = s->trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<quint64> CimInstance::uint64(const QString &name) const
{
    const std::optional<QString> s = string(name);
    if (!s)
        return std::nullopt;
    bool ok = false;
    const quint64 n = s->trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

std::optional<bool> CimInstance::boolean(const QString &name) const
{
    const std::optional<QString> s = string(name);
    if (!s)
        return std::nullopt;
    const QString t = s->trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1"))
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QStringList CimInstance::stringList(const QString &name) const
{
    const CimValue *v = find(name);
    return v ? v->texts() : QStringList();
}

std::optional<Epr> CimInstance::epr(const QString &name) const
{
    const CimValue *v = find(name);
    if (!v || v->eprs().isEmpty())
        return std::nullopt;
    return v->eprs().constFirst();
}

QList<Epr> CimInstance::eprs(const QString &name) const
{
    const CimValue *v = find(name);
    return v ? v->eprs() : QList<Epr>();
}

std::vector<CimInstance> CimInstance::instances(const QString &name) const
{
    const CimValue *v = find(name);
    if (!v)
        return {};
    if (!v->embedded().empty())
        return v->embedded();
    // Text that holds CIM-XML (how WinRM sends embedded objects): decode it here.
    std::vector<CimInstance> result;
    for (qsizetype i = 0; i < v->textCount(); ++i) {
        const QString &text = v->textAt(i);
        Error error;
        CimInstance instance = CimXml::read(text, &error);
        if (error.isNull())
            result.push_back(std::move(instance));
    }
    return result;
}

Epr CimInstance::toEpr(const QStringList &keys) const
{
    Epr epr = Epr::make(m_resourceUri, {});
    for (const QString &key : keys)
        epr.selectors.append({ key, string(key).value_or(QString()) });
    return epr;
}

} // namespace hvdesk::wsman
