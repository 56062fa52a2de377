#pragma once

#include "common/Result.h"

namespace herald::store {

class Database;

// A write transaction (BEGIN IMMEDIATE) on this thread's connection that rolls back unless committed:
//     Transaction tx(db); if (!tx.begin()) …; …writes…; if (Status s = tx.commit(); !s) …
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace herald::store
