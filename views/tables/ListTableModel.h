#pragma once

#include "base/Localized.h"

#include <QAbstractTableModel>

#include <vector>

namespace edgeplan {

class Document;

// What the document's list models share (DNS records, certificates,
// findings): a list of rows derived by the document, shown in one of two
// languages, and replaced after an edit with the fewest signals. A reset
// makes every view measure every row again; replaceRows keeps the rows an
// edit did not touch, so that a rename on a large plan costs the rows it
// changed, and the selection and scroll position stay where they were.
template <typename Row>
class ListTableModel : public QAbstractTableModel
{
public:
    void setLanguage(Lang lang)
    {
        if (lang == m_lang)
            return;
        m_lang = lang;
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    }
    Lang language() const { return m_lang; }
    const std::vector<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const { return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    ListTableModel(const Document* document, int columns, std::vector<Row> rows, QObject* parent)
        : QAbstractTableModel(parent), m_document(document), m_rows(std::move(rows)), m_columns(columns)
    {
    }

    // Takes the new rows: the common head and tail stay; the rows between
    // change in place when there are as many, else they are removed and the
    // new ones inserted. Returns whether any row differed.
    bool replaceRows(const std::vector<Row>& next)
    {
        const size_t common = std::min(m_rows.size(), next.size());
        size_t head = 0;
        while (head < common && m_rows[head] == next[head])
            ++head;
        size_t tail = 0;
        while (tail < common - head && m_rows[m_rows.size() - 1 - tail] == next[next.size() - 1 - tail])
            ++tail;
        const int oldMiddle = int(m_rows.size() - head - tail);
        const int newMiddle = int(next.size() - head - tail);
        const int first = int(head);
        if (oldMiddle == 0 && newMiddle == 0)
            return false;
        if (oldMiddle == newMiddle) {
            std::copy(next.begin() + first, next.begin() + first + newMiddle, m_rows.begin() + first);
            Q_EMIT dataChanged(index(first, 0), index(first + newMiddle - 1, m_columns - 1));
            return true;
        }
        if (oldMiddle > 0) {
            beginRemoveRows({}, first, first + oldMiddle - 1);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + first + oldMiddle);
            endRemoveRows();
        }
        if (newMiddle > 0) {
            beginInsertRows({}, first, first + newMiddle - 1);
            m_rows.insert(m_rows.begin() + first, next.begin() + first, next.begin() + first + newMiddle);
            endInsertRows();
        }
        return true;
    }

    // The plain rows changed nothing, but cells that name components may
    // read differently (a rename): those columns of every row again.
    void columnsChanged(int first, int last)
    {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
    }

    const Document* m_document;
    Lang m_lang = Lang::En;
    std::vector<Row> m_rows;

private:
    int m_columns;
};

} // namespace edgeplan
