<?xml version="1.0" encoding="utf-8"?>
<!--
  Applied to heat's harvest of windeployqt's output (gather.ps1: heat -t) and, in check-msi.sh, to wixl-heat's.
  Herald installs per user into %LOCALAPPDATA%\Programs\Herald, so every component there must be
  keyed by an HKCU registry value rather than by its file (ICE38), and must remove the folder it
  created on uninstall (ICE64). This gives each harvested component both and makes its file a plain member.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:wix="http://schemas.microsoft.com/wix/2006/wi" xmlns="http://schemas.microsoft.com/wix/2006/wi"
                exclude-result-prefixes="wix">
  <xsl:output method="xml" indent="yes" encoding="utf-8"/>

  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>

  <xsl:template match="wix:Component">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
      <RegistryValue Root="HKCU" Key="Software\Herald\Installer\Runtime" Name="{@Id}" Type="integer" Value="1"
                     KeyPath="yes"/>
      <RemoveFolder Id="rm{@Id}" On="uninstall"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="wix:Component/wix:File/@KeyPath">
    <xsl:attribute name="KeyPath">no</xsl:attribute>
  </xsl:template>
</xsl:stylesheet>
