#!/usr/bin/env bash
# Renders every screen in English and Japanese from the running application.
# Usage: tests/screenshots/take-screenshots.sh BUILD_DIR OUT_DIR
# The README and the metainfo use the ones copied to resources/screenshots/.
set -euo pipefail
build=${1:-_build}
out=${2:-"$build/screenshots"}
mkdir -p "$out"
tool="$build/tests/screenshots/hg-screenshot"

failed=()

# One scene that cannot be taken is named at the end; the others are still taken.
shoot() {
  local lang=$1 page=$2 file=$3; shift 3
  local lc=C.UTF-8; [ "$lang" = ja ] && lc=ja_JP.UTF-8
  env LC_ALL=$lc LANGUAGE=$lang GSETTINGS_BACKEND=memory GDK_BACKEND=x11 \
      GSETTINGS_SCHEMA_DIR="$build/resources/desktop" HINAGATA_LOCALEDIR="$build/po" \
      "$tool" "$page" "$out/$file" "$@" || failed+=("$file")
}

run_all() {
  for lang in en ja; do
    suffix=""; [ "$lang" = ja ] && suffix="-ja"
    shoot $lang overview "overview$suffix.png"
    shoot $lang overview-practice "overview-practice$suffix.png"
    shoot $lang company "company$suffix.png"
    shoot $lang company-bottom "company-bottom$suffix.png"
    shoot $lang company-roles "company-roles$suffix.png" 1280 800
    shoot $lang person-dialog "person-dialog$suffix.png"
    shoot $lang department-dialog "department-dialog$suffix.png"
    shoot $lang save-error "save-error$suffix.png"
    shoot $lang about "about$suffix.png"
    shoot $lang policy "policy$suffix.png" 1280 800
    shoot $lang policy-access "policy-access$suffix.png" 1280 800
    shoot $lang policy-rules "policy-rules$suffix.png" 1280 800
    shoot $lang policy-changed "policy-changed$suffix.png" 1280 800
    shoot $lang policy-reword "policy-reword$suffix.png" 1280 800
    shoot $lang policy-approve "policy-approve$suffix.png" 1280 800
    shoot $lang policy-versions "policy-versions$suffix.png" 1280 800
    shoot $lang policy-gaps "policy-gaps$suffix.png" 1280 800
    shoot $lang policy-level1 "policy-level1$suffix.png" 1280 800
    shoot $lang contact-dialog "contact-dialog$suffix.png"
    for page in risks risks-threats risks-controls risks-diagnosis treatment-dialog risk-advice risk-tables \
                threat-links; do
      shoot $lang $page "$page$suffix.png" 1280 800
    done
    shoot $lang shortcuts "shortcuts$suffix.png"
    shoot $lang empty-overview "empty-overview$suffix.png"
    shoot $lang problem "problem$suffix.png"
    shoot $lang problem-foreign "problem-foreign$suffix.png"
    shoot $lang read-only "read-only$suffix.png" 1200 760
    shoot $lang task "task$suffix.png" 1280 800
    shoot $lang risks-scrolled "risks-scrolled$suffix.png" 800 700
    shoot $lang read-only "narrow-read-only$suffix.png" 360 720
    shoot $lang company "narrow-company$suffix.png" 360 720
    # Every page at a phone's 360 × 640 (test-ui-narrow checks the widths).
    for page in overview assets asset-dialog policy policy-access policy-rules policy-approve risks \
                risks-threats risks-controls risks-diagnosis employees employees-training; do
      shoot $lang $page "narrow-$page$suffix.png" 360 640
    done
    for page in employees employees-empty employees-needs employees-training employment-dialog \
                employee-import receipt-dialog training-dialog; do
      shoot $lang $page "$page$suffix.png" 1200 760
    done
    for page in assets assets-empty assets-filtered assets-filters asset-dialog asset-dialog-ratings asset-import asset-bulk-edit asset-media \
                asset-labels; do
      shoot $lang $page "$page$suffix.png" 1200 760
    done
    # The self-assessment and the 運用 page's registers, wide and on a phone.
    for page in assess assess-five assess-rounds assess-history assess-compare assess-suggest \
                security-action publish-dialog overview-assess assess-export assess-sheet assess-item \
                sheet-import sheet-import-meti sheet-import-mapping sheet-import-problems \
                practice practice-empty incident-dialog incident-step-dialog incident-notice-dialog \
                calendar services service-dialog service-checklist service-review-dialog \
                service-end-dialog carryout carryout-dialog carryout-return laws law-check-dialog \
                contacts register-import register-import-again; do
      shoot $lang $page "$page$suffix.png" 1280 800
    done
    for page in assess practice calendar services carryout laws contacts register-import; do
      shoot $lang $page "narrow-$page$suffix.png" 360 640
    done
  done
}

if [ -z "${DISPLAY:-}" ]; then
  # The script again under Xvfb: xvfb-run is a POSIX sh script, and dash
  # drops the environment entries that carry exported bash functions.
  exec xvfb-run -a -s "-screen 0 1400x1000x24" bash "$0" "$build" "$out"
else
  run_all
fi
echo "Screenshots in $out"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Not taken: ${failed[*]}" >&2
  exit 1
fi
