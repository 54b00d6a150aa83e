#include "Icons.h"

#include <QHash>

#include <array>
#include <QPainter>
#include <QPainterPath>

namespace hvdesk {

namespace {

using Painter = void (*)(QPainter &, const QRectF &);

QIcon draw(const QString &key, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, QRectF(0, 0, size, size));
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}

void monitor(QPainter &p, const QRectF &r, const QColor &screen)
{
    const qreal u = r.width() / 16.0;
    p.setPen(QPen(QColor(0x44, 0x4c, 0x56), u));
    p.setBrush(screen);
    p.drawRoundedRect(QRectF(1.5 * u, 2 * u, 13 * u, 9 * u), u, u);
    p.setBrush(QColor(0x44, 0x4c, 0x56));
    p.drawRect(QRectF(6 * u, 11.5 * u, 4 * u, 1.5 * u));
    p.drawRect(QRectF(4 * u, 13 * u, 8 * u, 1 * u));
}

void badge(QPainter &p, const QRectF &r, const QColor &color, VmState state)
{
    const qreal u = r.width() / 16.0;
    const QRectF b(8 * u, 6.5 * u, 8 * u, 8 * u);
    p.setPen(QPen(Qt::white, 0.8 * u));
    p.setBrush(color);
    p.drawEllipse(b);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    const QPointF c = b.center();
    switch (state) {
    case VmState::Running: {
        QPainterPath tri;
        tri.moveTo(c + QPointF(-1.4 * u, -2.0 * u));
        tri.lineTo(c + QPointF(2.2 * u, 0));
        tri.lineTo(c + QPointF(-1.4 * u, 2.0 * u));
        tri.closeSubpath();
        p.drawPath(tri);
        break;
    }
    case VmState::Paused:
        p.drawRect(QRectF(c.x() - 1.8 * u, c.y() - 1.8 * u, 1.3 * u, 3.6 * u));
        p.drawRect(QRectF(c.x() + 0.5 * u, c.y() - 1.8 * u, 1.3 * u, 3.6 * u));
        break;
    case VmState::Off:
        p.drawRect(QRectF(c.x() - 1.6 * u, c.y() - 1.6 * u, 3.2 * u, 3.2 * u));
        break;
    case VmState::Saved:
        p.drawRect(QRectF(c.x() - 1.8 * u, c.y() - 1.8 * u, 3.6 * u, 3.6 * u));
        p.setBrush(color);
        p.drawRect(QRectF(c.x() - 1.0 * u, c.y() - 1.8 * u, 2.0 * u, 1.4 * u));
        break;
    default: {
        // Transitional: an hourglass-like pair of dots.
        p.drawEllipse(c + QPointF(-1.4 * u, 0), 0.9 * u, 0.9 * u);
        p.drawEllipse(c + QPointF(1.4 * u, 0), 0.9 * u, 0.9 * u);
        break;
    }
    }
}

QColor stateColor(VmState state)
{
    switch (state) {
    case VmState::Running: return QColor(0x2e, 0x9e, 0x44);
    case VmState::Paused: return QColor(0xd9, 0x9a, 0x06);
    case VmState::Saved: return QColor(0x2f, 0x6f, 0xc0);
    case VmState::Off: return QColor(0x80, 0x86, 0x8c);
    case VmState::Unknown: return QColor(0xb0, 0x30, 0x30);
    default: return QColor(0xe0, 0x7b, 0x00);
    }
}

void server(QPainter &p, const QRectF &r, const QColor &led)
{
    const qreal u = r.width() / 16.0;
    p.setPen(QPen(QColor(0x3a, 0x42, 0x4c), u * 0.8));
    p.setBrush(QColor(0xd8, 0xdd, 0xe3));
    for (int i = 0; i < 3; ++i) {
        const QRectF slot(2 * u, (1.5 + i * 4.5) * u, 12 * u, 4 * u);
        p.setBrush(QColor(0xd8, 0xdd, 0xe3));
        p.drawRoundedRect(slot, u, u);
        p.setBrush(led);
        p.drawEllipse(QPointF(11.5 * u, slot.center().y()), 0.9 * u, 0.9 * u);
    }
}

} // namespace

QIcon Icons::vmState(VmState state)
{
    // Asked for once per visible row per repaint: an array, not a keyed lookup.
    static std::array<QIcon, int(VmState::Resetting) + 1> icons;
    QIcon &icon = icons[size_t(state)];
    if (icon.isNull()) {
        icon = draw(QStringLiteral("vm-%1").arg(int(state)), [state](QPainter &p, const QRectF &r) {
            monitor(p, r, QColor(0xcf, 0xe3, 0xf7));
            badge(p, r, stateColor(state), state);
        });
    }
    return icon;
}

QIcon Icons::host(ConnectionState state)
{
    QColor led;
    switch (state) {
    case ConnectionState::Connected: led = QColor(0x2e, 0x9e, 0x44); break;
    case ConnectionState::Connecting: led = QColor(0xe0, 0x7b, 0x00); break;
    case ConnectionState::Stale: led = QColor(0xd9, 0x9a, 0x06); break;
    case ConnectionState::Failed: led = QColor(0xc0, 0x20, 0x20); break;
    case ConnectionState::Disconnected: led = QColor(0x80, 0x86, 0x8c); break;
    }
    if (state == ConnectionState::Failed)
        return hostFailed();
    return draw(QStringLiteral("host-%1").arg(int(state)), [led](QPainter &p, const QRectF &r) { server(p, r, led); });
}

QIcon Icons::hostFailed()
{
    return draw(QStringLiteral("host-failed"), [](QPainter &p, const QRectF &r) {
        server(p, r, QColor(0xc0, 0x20, 0x20));
        // A red disc with a white cross: the connection failed.
        const qreal u = r.width() / 16.0;
        const QRectF b(7.5 * u, 7.5 * u, 8.5 * u, 8.5 * u);
        p.setPen(QPen(Qt::white, 0.8 * u));
        p.setBrush(QColor(0xc4, 0x1e, 0x1e));
        p.drawEllipse(b);
        p.setPen(QPen(Qt::white, 1.5 * u, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = b.center();
        const qreal d = 1.9 * u;
        p.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        p.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
    });
}

QIcon Icons::manager()
{
    return draw(QStringLiteral("manager"), [](QPainter &p, const QRectF &r) {
        const qreal u = r.width() / 16.0;
        p.setPen(QPen(QColor(0x1f, 0x4e, 0x8c), u));
        p.setBrush(QColor(0x3b, 0x7d, 0xd8));
        p.drawRoundedRect(QRectF(1.5 * u, 1.5 * u, 13 * u, 13 * u), 2 * u, 2 * u);
        p.setPen(QPen(Qt::white, 1.6 * u));
        p.drawLine(QPointF(5 * u, 4.5 * u), QPointF(5 * u, 11.5 * u));
        p.drawLine(QPointF(11 * u, 4.5 * u), QPointF(11 * u, 11.5 * u));
        p.drawLine(QPointF(5 * u, 8 * u), QPointF(11 * u, 8 * u));
    });
}

QIcon Icons::application()
{
    return manager();
}

QIcon Icons::action(VmAction action)
{
    switch (action) {
    case VmAction::Start:
    case VmAction::Resume:
        return vmState(VmState::Running);
    case VmAction::TurnOff:
    case VmAction::ShutDown:
        return vmState(VmState::Off);
    case VmAction::Save:
        return vmState(VmState::Saved);
    case VmAction::Pause:
        return vmState(VmState::Paused);
    case VmAction::Reset:
        return vmState(VmState::Resetting);
    }
    return {};
}

QIcon Icons::connectServer()
{
    return host(ConnectionState::Connected);
}

QIcon Icons::refresh()
{
    return draw(QStringLiteral("refresh"), [](QPainter &p, const QRectF &r) {
        const qreal u = r.width() / 16.0;
        p.setPen(QPen(QColor(0x2f, 0x6f, 0xc0), 1.8 * u, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(QRectF(3 * u, 3 * u, 10 * u, 10 * u), 30 * 16, 280 * 16);
        QPainterPath head;
        head.moveTo(12.8 * u, 2.2 * u);
        head.lineTo(13.2 * u, 6.6 * u);
        head.lineTo(8.9 * u, 5.6 * u);
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2f, 0x6f, 0xc0));
        p.drawPath(head);
    });
}

QIcon Icons::jobs()
{
    return draw(QStringLiteral("jobs"), [](QPainter &p, const QRectF &r) {
        const qreal u = r.width() / 16.0;
        p.setPen(QPen(QColor(0x44, 0x4c, 0x56), 0.8 * u));
        for (int i = 0; i < 3; ++i) {
            const QRectF bar(1.5 * u, (2 + i * 4.5) * u, 13 * u, 3 * u);
            p.setBrush(Qt::white);
            p.drawRect(bar);
            p.setBrush(QColor(0x2e, 0x9e, 0x44));
            p.drawRect(QRectF(bar.left(), bar.top(), bar.width() * (0.9 - i * 0.3), bar.height()));
        }
    });
}

QIcon Icons::settings()
{
    return draw(QStringLiteral("settings"), [](QPainter &p, const QRectF &r) {
        const qreal u = r.width() / 16.0;
        const QPointF c(8 * u, 8 * u);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x55, 0x5d, 0x68));
        for (int i = 0; i < 8; ++i) {
            p.save();
            p.translate(c);
            p.rotate(i * 45.0);
            p.drawRect(QRectF(-1.3 * u, -7.2 * u, 2.6 * u, 3.2 * u));
            p.restore();
        }
        p.drawEllipse(c, 5.2 * u, 5.2 * u);
        p.setBrush(Qt::white);
        p.drawEllipse(c, 2.2 * u, 2.2 * u);
    });
}

QIcon Icons::integrationVerdict(IntegrationVerdict verdict)
{
    QColor fill;
    QChar mark;
    switch (verdict) {
    case IntegrationVerdict::UpToDate: fill = QColor(0x2e, 0x9e, 0x44); mark = QLatin1Char('v'); break;
    case IntegrationVerdict::UpdateRequired: fill = QColor(0xd9, 0x7a, 0x06); mark = QLatin1Char('!'); break;
    case IntegrationVerdict::RestartRequired: fill = QColor(0x2f, 0x6f, 0xc0); mark = QLatin1Char('r'); break;
    case IntegrationVerdict::NewerThanHost: fill = QColor(0x7a, 0x4f, 0xc0); mark = QLatin1Char('^'); break;
    case IntegrationVerdict::NotInstalled: fill = QColor(0xc0, 0x20, 0x20); mark = QLatin1Char('x'); break;
    case IntegrationVerdict::Unknown: fill = QColor(0x80, 0x86, 0x8c); mark = QLatin1Char('?'); break;
    }
    return draw(QStringLiteral("is-%1").arg(int(verdict)), [fill, mark](QPainter &p, const QRectF &r) {
        const qreal u = r.width() / 16.0;
        QPainterPath shield;
        shield.moveTo(8 * u, 1 * u);
        shield.lineTo(14 * u, 3 * u);
        shield.cubicTo(14 * u, 10 * u, 11 * u, 13.5 * u, 8 * u, 15 * u);
        shield.cubicTo(5 * u, 13.5 * u, 2 * u, 10 * u, 2 * u, 3 * u);
        shield.closeSubpath();
        p.setPen(QPen(fill.darker(130), 0.8 * u));
        p.setBrush(fill);
        p.drawPath(shield);
        p.setPen(QPen(Qt::white, 1.6 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        switch (mark.toLatin1()) {
        case 'v':
            p.drawPolyline(QPolygonF({QPointF(5 * u, 8 * u), QPointF(7.3 * u, 10.3 * u), QPointF(11 * u, 5.5 * u)}));
            break;
        case '!':
            p.drawLine(QPointF(8 * u, 4.5 * u), QPointF(8 * u, 9 * u));
            p.drawPoint(QPointF(8 * u, 11.5 * u));
            break;
        case 'x':
            p.drawLine(QPointF(5.5 * u, 5.5 * u), QPointF(10.5 * u, 10.5 * u));
            p.drawLine(QPointF(10.5 * u, 5.5 * u), QPointF(5.5 * u, 10.5 * u));
            break;
        case '^':
            p.drawPolyline(QPolygonF({QPointF(5 * u, 9.5 * u), QPointF(8 * u, 5.5 * u), QPointF(11 * u, 9.5 * u)}));
            break;
        case 'r':
            p.drawArc(QRectF(5 * u, 5 * u, 6 * u, 6 * u), 60 * 16, 280 * 16);
            break;
        default:
            p.drawArc(QRectF(5.8 * u, 4 * u, 4.4 * u, 4 * u), 0, 180 * 16);
            p.drawLine(QPointF(10.2 * u, 6 * u), QPointF(8 * u, 8.5 * u));
            p.drawPoint(QPointF(8 * u, 11.5 * u));
            break;
        }
    });
}

QIcon Icons::setupDisk()
{
    return draw(QStringLiteral("setup-disk"), [](QPainter &p, const QRectF &r) {
        const qreal u = r.width() / 16.0;
        // An optical disc (vmguest.iso) with a small green shield: integration services.
        QConicalGradient sheen(QPointF(7 * u, 7 * u), 30);
        sheen.setColorAt(0.0, QColor(0xd8, 0xe4, 0xf0));
        sheen.setColorAt(0.25, QColor(0xf4, 0xe8, 0xc8));
        sheen.setColorAt(0.5, QColor(0xc8, 0xd8, 0xf4));
        sheen.setColorAt(0.75, QColor(0xe8, 0xd0, 0xe8));
        sheen.setColorAt(1.0, QColor(0xd8, 0xe4, 0xf0));
        p.setPen(QPen(QColor(0x6a, 0x72, 0x7c), 0.7 * u));
        p.setBrush(sheen);
        p.drawEllipse(QRectF(1 * u, 1 * u, 12 * u, 12 * u));
        p.setBrush(QColor(0xf6, 0xf7, 0xf8));
        p.drawEllipse(QRectF(5.2 * u, 5.2 * u, 3.6 * u, 3.6 * u));
        QPainterPath shield;
        shield.moveTo(12 * u, 7.5 * u);
        shield.lineTo(15.5 * u, 8.7 * u);
        shield.cubicTo(15.5 * u, 12.8 * u, 13.7 * u, 14.8 * u, 12 * u, 15.6 * u);
        shield.cubicTo(10.3 * u, 14.8 * u, 8.5 * u, 12.8 * u, 8.5 * u, 8.7 * u);
        shield.closeSubpath();
        p.setPen(QPen(Qt::white, 0.7 * u));
        p.setBrush(QColor(0x2e, 0x9e, 0x44));
        p.drawPath(shield);
    });
}

} // namespace hvdesk
