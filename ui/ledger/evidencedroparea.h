#pragma once

#include <QLabel>
#include <QStringList>

namespace oversight {

/// A label that takes files dropped on it: evidence for the selected problem.
class EvidenceDropArea final : public QLabel
{
    Q_OBJECT
public:
    explicit EvidenceDropArea(QWidget *parent = nullptr);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace oversight
