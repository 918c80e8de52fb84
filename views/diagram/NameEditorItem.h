#pragma once

#include <QGraphicsTextItem>

namespace edgeplan {

// The in-place editor over a component's name: Enter (or leaving it)
// commits, Escape cancels. It only reports; the scene applies the edit.
class NameEditorItem : public QGraphicsTextItem
{
    Q_OBJECT

public:
    enum { Type = UserType + 4 };

    explicit NameEditorItem(const QString& text, const QFont& font);
    int type() const override { return Type; }

Q_SIGNALS:
    void committed(const QString& text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void finish(bool commit);

    bool m_finished = false;
};

} // namespace edgeplan
