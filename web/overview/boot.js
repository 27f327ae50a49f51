// The full-page overview loads the embed, which hands the collection to
// this folder's bundle (web/extras/overview.js).
import '../boot.js';
