; Windows registration of Softphone as a handler for tel:, callto:, sip: and sips: links.
;
; electron-builder's `protocols` only reaches macOS (Info.plist) and Linux (.desktop
; MimeType). On Windows 8+ an app cannot make itself the default for a scheme; it
; registers as a *candidate* (Capabilities\URLAssociations + RegisteredApplications) and
; the user picks it in Settings > Apps > Default apps. We never overwrite the schemes'
; own keys (Software\Classes\tel), which belong to whichever app the user chose, and our
; ProgIDs carry no "URL Protocol" value: that would make `softphone.tel:` a launchable
; scheme of its own.
;
; The command line is `"Softphone.exe" -- "%1"`: `--` ends switch parsing in Chromium and
; satisfies Electron's CVE-2018-1000006 check, so a crafted link can never become a
; switch such as --gpu-launcher=. The app's argv parser treats everything after `--`
; as a link.
;
; SHCTX is HKCU for per-user installs and HKLM for per-machine ones (electron-builder
; sets the shell context before these macros run).

!macro softphoneRegisterScheme SCHEME DESCRIPTION
  WriteRegStr SHCTX "Software\Classes\Softphone.${SCHEME}" "" "${DESCRIPTION}"
  WriteRegStr SHCTX "Software\Classes\Softphone.${SCHEME}\DefaultIcon" "" "$\"$INSTDIR\${APP_EXECUTABLE_FILENAME}$\",0"
  WriteRegStr SHCTX "Software\Classes\Softphone.${SCHEME}\shell\open\command" "" "$\"$INSTDIR\${APP_EXECUTABLE_FILENAME}$\" -- $\"%1$\""
  WriteRegStr SHCTX "Software\Softphone\Capabilities\URLAssociations" "${SCHEME}" "Softphone.${SCHEME}"
!macroend

!macro customInstall
  WriteRegStr SHCTX "Software\Softphone\Capabilities" "ApplicationName" "${PRODUCT_NAME}"
  WriteRegStr SHCTX "Software\Softphone\Capabilities" "ApplicationDescription" "Make and answer calls on your PBX extension."
  !insertmacro softphoneRegisterScheme "tel" "Telephone link"
  !insertmacro softphoneRegisterScheme "callto" "Telephone link"
  !insertmacro softphoneRegisterScheme "sip" "SIP link"
  !insertmacro softphoneRegisterScheme "sips" "Secure SIP link"
  WriteRegStr SHCTX "Software\RegisteredApplications" "${PRODUCT_NAME}" "Software\Softphone\Capabilities"
  ; SHCNE_ASSOCCHANGED, so Settings lists the new handler without a sign-out.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  ; An update runs the old uninstaller first; keep the registration, the new install rewrites it.
  ${ifNot} ${isUpdated}
    DeleteRegValue SHCTX "Software\RegisteredApplications" "${PRODUCT_NAME}"
    DeleteRegKey SHCTX "Software\Softphone\Capabilities"
    DeleteRegKey /ifempty SHCTX "Software\Softphone"
    DeleteRegKey SHCTX "Software\Classes\Softphone.tel"
    DeleteRegKey SHCTX "Software\Classes\Softphone.callto"
    DeleteRegKey SHCTX "Software\Classes\Softphone.sip"
    DeleteRegKey SHCTX "Software\Classes\Softphone.sips"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ${endIf}
!macroend
