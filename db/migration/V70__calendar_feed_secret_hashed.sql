-- A calendar feed keeps only the SHA-256 (hex) of its secret, like account and invitation tokens: a copy of the
-- database no longer opens anyone's calendar. Existing addresses keep working, since the portal looks up the hash of
-- the secret presented in the address.
alter table calendar_feed rename column token to token_hash;
update calendar_feed set token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');
