# accepted_writes_kept DB WORK: every number in WORK/signed-up has its lead, every one in WORK/verified its user
# with a profile; prints what is missing and returns 1 if anything is. Sourced by crash-restart.sh and
# topology-check.sh.
accepted_writes_kept() {
    local db=$1 work=$2 lost=0 number
    while read -r number; do
        [ "$(psql -h 127.0.0.1 -U postgres -qAtX -d "$db" \
            -c "select count(*) from phone_lead where phone_number = '$number'")" = 1 ] \
            || { echo "LOST LEAD $number"; lost=1; }
    done < "$work/signed-up"
    while read -r number; do
        [ "$(psql -h 127.0.0.1 -U postgres -qAtX -d "$db" -c "select count(*) from app_user u
             join user_profile p on p.user_id = u.id where u.phone_number = '$number'")" = 1 ] \
            || { echo "LOST USER $number"; lost=1; }
    done < <(cat "$work/verified" 2>/dev/null)
    return $lost
}
