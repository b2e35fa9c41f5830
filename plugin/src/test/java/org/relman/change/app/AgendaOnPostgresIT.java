package org.relman.change.app;

import org.relman.testkit.db.OnPostgres;

class AgendaOnPostgresIT extends AgendaContract implements OnPostgres {
}
