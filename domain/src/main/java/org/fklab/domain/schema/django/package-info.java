/**
 * The tables written as the Django models they correspond to, so that a learner reads what the database holds in the
 * code their tutorial taught them: {@link DjangoModels} writes a models.py from the schema as it is now. The rest says
 * one thing each in Django's words: a column's field class, an ON DELETE rule as on_delete, a foreign key's field and
 * related_name, a DEFAULT as a Python value, and a note wherever Django's nearest choice is not the same as what the
 * database does. It reads the schema through {@link org.fklab.domain.schema} and changes nothing.
 */
package org.fklab.domain.schema.django;
