import type pg from 'pg';

// Roles are cluster-wide. A review role owns the roles it creates through the ADMIN OPTION
// PostgreSQL 16 grants a CREATEROLE creator; a role made while the review role was SUPERUSER (the
// preamble) gets no such grant, so without what follows it would outlive the review and show up
// in every other review on a shared server as theirs.

/** Key of the advisory lock that lets one superuser phase run at a time on a server. */
const SUPERUSER_PHASE = 0x6462_6172;

/**
 * Waits for other reviews' superuser phases on the server to end, and holds the lock until the
 * admin session closes: the roles that appear meanwhile with no review role administering them
 * are then this phase's, whichever process looks.
 */
export async function lockSuperuserPhase(admin: pg.Client): Promise<Set<number>> {
  await admin.query('SELECT pg_advisory_lock($1)', [SUPERUSER_PHASE]);
  const { rows } = await admin.query<{ oid: number }>('SELECT oid::int AS oid FROM pg_roles');
  return new Set(rows.map((r) => r.oid));
}

/**
 * Makes the review role administer the roles the superuser phase created, so its clean-up drops
 * them and other reviews leave them out. Not a role that is a superuser or reaches one or a
 * predefined role: administering it would hand the review role that power. Such a role is made a
 * member of the review role instead (which gives the review role nothing), which other reviews
 * read as "not ours", and is returned, to be dropped by oid.
 */
export async function adoptSetupRoles(
  admin: pg.Client,
  role: string,
  major: number,
  before: Set<number>,
  prefix: string,
): Promise<{ adopted: number[]; unadopted: number[] }> {
  const { rows } = await admin.query<{ oid: number; name: string; member: boolean; privileged: boolean }>(
    `SELECT r.oid::int AS oid, quote_ident(r.rolname) AS name,
            EXISTS (SELECT FROM pg_auth_members m WHERE m.roleid = r.oid AND m.member = $2::regrole) AS member,
            r.rolsuper OR EXISTS (SELECT FROM pg_roles p WHERE (p.rolsuper OR (p.oid < 16384 AND p.rolname <> 'pg_database_owner'))
                                                   AND p.oid <> r.oid AND pg_has_role(r.oid, p.oid, 'MEMBER')) AS privileged
       FROM pg_roles r
      WHERE NOT (r.oid = ANY($1::oid[])) AND left(r.rolname, length($3)) <> $3
        AND NOT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member
                         WHERE m.roleid = r.oid AND m.admin_option AND left(a.rolname, length($3)) = $3)`,
    [[...before], role, prefix],
  );
  const adopted = rows.filter((r) => !r.privileged);
  for (const r of adopted) {
    // As PostgreSQL's own grant to a creator: administer, without using the role's privileges.
    const options = r.member || major < 16 ? 'WITH ADMIN OPTION' : 'WITH ADMIN TRUE, INHERIT FALSE, SET FALSE';
    await admin.query(`GRANT ${r.name} TO ${role} ${options}`);
  }
  for (const r of rows.filter((r) => r.privileged)) await admin.query(`GRANT ${role} TO ${r.name}`);
  return { adopted: adopted.map((r) => r.oid), unadopted: rows.filter((r) => r.privileged).map((r) => r.oid) };
}
