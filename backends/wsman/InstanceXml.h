#pragma once

#include <wsman/CimInstance.h>
#include <wsman/XmlIo.h>

namespace hvdesk::wsman {

// WMI objects in WS-Management's XML form (items, Get bodies, Invoke input and output), shared
// by the client and the server so both read what the other writes:
//   <p:Class xmlns:p="resourceUri"><p:A>v</p:A><p:N xsi:nil="true"/><p:Arr>1</p:Arr><p:Arr>2</p:Arr>
//   <p:Ref><a:Address>..</a:Address><a:ReferenceParameters>..</a:ReferenceParameters></p:Ref></p:Class>
// Embedded instances are written as CIM-XML text (as WinRM does) and read back from either that
// text or nested elements. The envelope declares the prefixes a, w, xsi and cim.
namespace InstanceXml {

// The properties of one object or of a method's parameters, as children of a "p:" element.
void writeProperties(XmlOut &out, const QList<CimProperty> &properties);
// <p:Class xmlns:p="uri" xsi:type="p:Class_Type">...</p:Class>
void writeInstance(XmlOut &out, const CimInstance &instance, const QString &fallbackResourceUri);
// a:Address and a:ReferenceParameters (ResourceURI, SelectorSet), the content of an EPR element.
void writeEprContent(XmlOut &out, const Epr &epr);
void writeSelectorSet(XmlOut &out, const QList<Selector> &selectors);

// What the objects of one list share, carried from one object to the next: class, resource URI,
// property names, and each property's last plain text with its bytes in the envelope. Objects of
// one class repeat them all (Caption, EnabledDefault, HealthState, ...), so a list allocates them
// once rather than once per object (implicit sharing), and compares bytes instead of converting
// them. Valid for one envelope: it holds views into its bytes.
struct ListCache
{
    struct Property
    {
        QByteArrayView rawName; // the element's local name in the envelope
        QString name;
        QByteArrayView text; // the raw bytes `value` was made from; empty when not reusable
        QString value;
        bool pooled = false; // `value` is the process-wide copy
    };
    std::vector<Property> properties;
    QByteArray resourceUriUtf8; // a copy: a namespace may be decoded into a buffer of the reader
    QString resourceUri;
    bool hasClass = false;
    QByteArrayView element; // the object's local name and its raw xsi:type (null when absent)
    QByteArrayView type;
    QString className;
};

// The reader is on an object's start element; reads it to its end. Class from the local name
// (without "_Type"), resource URI from the namespace. Each child is a property; repeated names
// make arrays. `cache`, when given, shares names and values among the objects of one list.
CimInstance readInstance(XmlIn &in, ListCache *cache = nullptr);
// The reader is on a w:SelectorSet start element.
QList<Selector> readSelectorSet(XmlIn &in);
// The reader is on an element holding a:Address / a:ReferenceParameters (or on the
// a:ReferenceParameters element itself).
Epr readEpr(XmlIn &in);

} // namespace InstanceXml
} // namespace hvdesk::wsman
