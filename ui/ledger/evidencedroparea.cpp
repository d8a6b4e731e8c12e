#include "evidencedroparea.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace oversight {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    return paths;
}

} // namespace

EvidenceDropArea::EvidenceDropArea(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("evidenceDropArea"));
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumWidth(150);
    setText(tr("Drop evidence files here\n(scans, photos, reports)\nfor the selected problem"));
}

void EvidenceDropArea::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEnabled() && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setBackgroundRole(QPalette::Highlight);
        setAutoFillBackground(true);
    }
}

void EvidenceDropArea::dragLeaveEvent(QDragLeaveEvent *)
{
    setAutoFillBackground(false);
}

void EvidenceDropArea::dropEvent(QDropEvent *event)
{
    setAutoFillBackground(false);
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

} // namespace oversight
