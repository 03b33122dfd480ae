# Shared by scripts/backup and scripts/restore: the database and file store the portal is configured with.
# The same environment variables as the portal (README, "Configure"):
#   EXCHANGE_DB_URL       jdbc:postgresql://host:port/database (JDBC parameters after '?' are ignored here)
#   EXCHANGE_DB_USER, EXCHANGE_DB_PASSWORD
#   EXCHANGE_FILES_DIR    the file store (default: $EXCHANGE_DATA_DIR/files, EXCHANGE_DATA_DIR defaulting to ./data)
# Standard libpq variables (PGSSLMODE, PGPASSFILE, ...) apply as well.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

database_url() {
  [ -n "${EXCHANGE_DB_URL:-}" ] || die "EXCHANGE_DB_URL is not set (the embedded demo database is not backed up by this script)"
  local url="${EXCHANGE_DB_URL#jdbc:}"
  url="${url%%\?*}"
  case "$url" in
    postgresql://*) ;;
    *) die "EXCHANGE_DB_URL must be jdbc:postgresql://host:port/database, not $EXCHANGE_DB_URL" ;;
  esac
  echo "$url"
}

files_dir() {
  if [ -n "${EXCHANGE_FILES_DIR:-}" ]; then
    echo "$EXCHANGE_FILES_DIR"
  else
    echo "${EXCHANGE_DATA_DIR:-./data}/files"
  fi
}

export_credentials() {
  if [ -n "${EXCHANGE_DB_USER:-}" ]; then export PGUSER="$EXCHANGE_DB_USER"; fi
  if [ -n "${EXCHANGE_DB_PASSWORD:-}" ]; then export PGPASSWORD="$EXCHANGE_DB_PASSWORD"; fi
}

# Row counts of every table of the portal's schema, "name<TAB>count", in name order: one statement, so that inside a
# repeatable-read transaction all counts come from one snapshot.
COUNTS_SQL="select table_name || chr(9) || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name), false, true, '')))[1]::text from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name;"
