// SourceChooser: where the window exports from — a Cloudflare account (credentials, account,
// database) or a local project (the D1 data `wrangler dev` keeps in the project folder). The window
// shows the boxes of the chosen source; everything after (tables, options, Export, Report) is shared.
// One line above the boxes, not a box of its own: the window still fits 900×640.
#pragma once

#include <QWidget>

class QRadioButton;

namespace d1x::ui {

class SourceChooser : public QWidget
{
    Q_OBJECT
public:
    explicit SourceChooser(QWidget *parent = nullptr);

    bool isLocal() const;
    // Does not emit sourceChanged().
    void setLocal(bool local);

signals:
    void sourceChanged(bool local);

private:
    QRadioButton *m_account;
    QRadioButton *m_local;
};

} // namespace d1x::ui
