#pragma once

#include <wsman/Epr.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace hvdesk::wsman {

class CimInstance;

// One property value of a WMI object as WS-Management carries it: null (xsi:nil), text (one
// element, or several for an array), a reference (EPR) or references, an embedded instance or
// several. Scalars stay text: WS-Man has no types on the wire, the typed accessors of CimInstance
// convert. `cimType` keeps the CIM-XML TYPE ("string", "uint16", "datetime", ...) where known.
class CimValue
{
public:
    enum class Kind { Null, String, StringArray, Reference, ReferenceArray, Instance, InstanceArray };

    CimValue();
    CimValue(const QString &text, const QString &cimType = {});
    CimValue(QString &&text, const QString &cimType = {});
    CimValue(const char *text);
    static CimValue null(const QString &cimType = {});
    static CimValue array(const QStringList &values, const QString &cimType = {});
    static CimValue reference(const Epr &epr);
    static CimValue references(const QList<Epr> &eprs);
    static CimValue instance(const CimInstance &instance);
    static CimValue instances(const std::vector<CimInstance> &instances);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isArray() const
    {
        return m_kind == Kind::StringArray || m_kind == Kind::ReferenceArray || m_kind == Kind::InstanceArray;
    }
    const QString &cimType() const { return m_cimType; }
    void setCimType(const QString &type) { m_cimType = type; }

    // Text of a scalar (the first element of an array), null for anything else.
    QString text() const;
    // Every text element; a scalar is a list of one, null is empty.
    QStringList texts() const { return m_kind == Kind::String ? QStringList { m_text } : m_texts; }
    // The same without building a list: how many, and one of them (0 <= index < textCount()).
    qsizetype textCount() const { return m_kind == Kind::String ? 1 : m_texts.size(); }
    const QString &textAt(qsizetype index) const { return m_kind == Kind::String ? m_text : m_texts.at(index); }
    const QList<Epr> &eprs() const;
    const std::vector<CimInstance> &embedded() const;

    // Appends another element of the same property (an array on the wire is repeated elements).
    // Mixed kinds keep the first kind; a null element in an array is dropped.
    void append(const CimValue &element);

    bool operator==(const CimValue &other) const;

private:
    // References and embedded instances, rare beside text: kept out of line so the common value
    // is small and cheap to make, copy and destroy (a parsed enumeration holds tens of thousands).
    struct Objects;

    Kind m_kind = Kind::Null;
    QString m_cimType;
    // A scalar's text stands alone (a parsed enumeration holds tens of thousands of them, each a
    // list would be one more allocation); an array's elements are in the list.
    QString m_text; // Kind::String
    QStringList m_texts; // Kind::StringArray
    std::shared_ptr<const Objects> m_objects; // shared and immutable; null when none
};

struct CimProperty
{
    QString name;
    CimValue value;
    bool operator==(const CimProperty &) const = default;
};

// A WMI object: class, the resource URI it came from (or goes to) and its properties in order.
// Lookups ignore case, as WMI does. A property may be missing (the server did not send it) or
// present and null; the accessors tell them apart: std::nullopt for both, has() and isNull()
// for the difference.
class CimInstance
{
public:
    CimInstance() = default;
    explicit CimInstance(const QString &className, const QString &resourceUri = {});

    const QString &className() const { return m_className; }
    void setClassName(const QString &name) { m_className = name; }
    const QString &resourceUri() const { return m_resourceUri; }
    void setResourceUri(const QString &uri) { m_resourceUri = uri; }

    const QList<CimProperty> &properties() const { return m_properties; }
    // Replaces a property of the same name (any case) in place, or appends it.
    CimInstance &set(const QString &name, const CimValue &value);
    // Appends without looking for an existing property: for parsers and builders that know the
    // name is new (set() would compare every name, quadratic over a large object).
    CimInstance &add(const QString &name, const CimValue &value)
    {
        m_properties.append({ name, value });
        return *this;
    }
    CimInstance &add(const QString &name, CimValue &&value)
    {
        m_properties.emplaceBack(CimProperty { name, std::move(value) });
        return *this;
    }
    // Appends an element to the last property's value: how parsers build an array, which arrives
    // as repeated elements.
    void appendToLast(const CimValue &element) { m_properties.last().value.append(element); }
    void reserve(qsizetype count) { m_properties.reserve(count); }
    void remove(const QString &name);
    void clear() { m_properties.clear(); }

    bool has(const QString &name) const { return find(name) != nullptr; }
    bool isNull(const QString &name) const; // present and xsi:nil
    const CimValue *find(const QString &name) const;
    CimValue value(const QString &name) const; // null when missing

    std::optional<QString> string(const QString &name) const;
    std::optional<qint64> int64(const QString &name) const; // nullopt also when not a number
    std::optional<quint64> uint64(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const; // "true"/"false"/"1"/"0", any case
    QStringList stringList(const QString &name) const; // empty when missing or null
    std::optional<Epr> epr(const QString &name) const;
    QList<Epr> eprs(const QString &name) const;
    std::vector<CimInstance> instances(const QString &name) const;

    // The object's own reference: its resource URI and the given key properties as selectors.
    Epr toEpr(const QStringList &keys) const;

    bool operator==(const CimInstance &other) const = default;

private:
    QString m_className;
    QString m_resourceUri;
    QList<CimProperty> m_properties;
};

} // namespace hvdesk::wsman
